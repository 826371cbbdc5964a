/// The LLM Observability context a caller's tracer propagates in `x-datadog-tags` (or the `dd`
/// member of `tracestate`), so Outrigger's span nests under the caller's own LLM spans.
extension TraceContext {
    /// `_dd.p.llmobs_parent_id`: the caller's LLM Observability span, as a decimal span id.
    package var llmobsParentID: UInt64? {
        propagatedTags["_dd.p.llmobs_parent_id"].flatMap { UInt64($0) }
    }

    /// `_dd.p.llmobs_trace_id` as 32 lowercase hex digits. The tag carries an unsigned decimal
    /// 128-bit integer; a 32-hex form is accepted too.
    package var llmobsTraceIDHex: String? {
        guard let text = propagatedTags["_dd.p.llmobs_trace_id"], !text.isEmpty else { return nil }
        if text.utf8.count == 32, let value = UInt128(text, radix: 16) { return Self.hex32(value) }
        return UInt128(text).map(Self.hex32)
    }

    /// `_dd.p.llmobs_ml_app`: the caller's ML app.
    package var llmobsMLApp: String? {
        propagatedTags["_dd.p.llmobs_ml_app"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `x` as 32 lowercase hex characters.
    package static func hex32(_ x: UInt128) -> String {
        hex16(UInt64(truncatingIfNeeded: x >> 64)) + hex16(UInt64(truncatingIfNeeded: x))
    }
}
