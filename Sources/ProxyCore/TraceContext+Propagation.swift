extension TraceContext {
    /// Reads the incoming context, or starts a new trace.
    /// - Parameters:
    ///   - header: looks up a request header by lowercased name.
    ///   - newID: a random non-zero 64-bit id generator.
    ///   - nowSeconds: Unix seconds, for a new trace id's high part (`<seconds>00000000`, as ddtrace does).
    package static func extract(
        header: (String) -> String?, newID: () -> UInt64, nowSeconds: UInt64
    ) -> TraceContext {
        let spanID = newID()
        if let context = fromDatadog(header, spanID: spanID) ?? fromW3C(header, spanID: spanID) { return context }
        return TraceContext(traceIDHigh: nowSeconds << 32, traceIDLow: newID() & 0x7FFF_FFFF_FFFF_FFFF, parentID: 0, spanID: spanID)
    }

    private static func fromDatadog(_ header: (String) -> String?, spanID: UInt64) -> TraceContext? {
        guard let low = header("x-datadog-trace-id").flatMap({ UInt64($0) }), low != 0 else { return nil }
        let parent = header("x-datadog-parent-id").flatMap { UInt64($0) } ?? 0
        var tags: [String: String] = [:]
        var high: UInt64 = 0
        if let raw = header("x-datadog-tags"), raw.utf8.count <= 512 {
            for pair in raw.split(separator: ",") {
                let kv = pair.split(separator: "=", maxSplits: 1)
                guard kv.count == 2, kv[0].hasPrefix("_dd.p.") else { continue }
                if kv[0] == "_dd.p.tid" {
                    if let h = validTID(kv[1]) { high = h }
                } else {
                    tags[String(kv[0])] = String(kv[1])
                }
            }
        }
        var context = TraceContext(
            traceIDHigh: high, traceIDLow: low, parentID: parent, spanID: spanID,
            samplingPriority: header("x-datadog-sampling-priority").flatMap { Int($0) },
            origin: header("x-datadog-origin"), propagatedTags: tags
        )
        // W3C tracestate is carried over only when both styles name the same trace.
        if let w3c = fromW3C(header, spanID: spanID), w3c.traceIDLow == low {
            context.foreignTraceState = w3c.foreignTraceState
            if context.traceIDHigh == 0 { context.traceIDHigh = w3c.traceIDHigh }
        }
        return context
    }

    private static func fromW3C(_ header: (String) -> String?, spanID: UInt64) -> TraceContext? {
        guard let parent = header("traceparent") else { return nil }
        let parts = parent.split(separator: "-")
        guard parts.count >= 4, parts[0].count == 2, parts[0] != "ff", parts[1].count == 32, parts[2].count == 16,
            parts[3].count == 2, let high = UInt64(parts[1].prefix(16), radix: 16),
            let low = UInt64(parts[1].suffix(16), radix: 16), let parentID = UInt64(parts[2], radix: 16),
            let flags = UInt8(parts[3], radix: 16), high | low != 0, parentID != 0
        else { return nil }
        let sampled = flags & 1 == 1
        var priority = sampled ? 1 : 0
        var origin: String?
        var tags: [String: String] = [:]
        var foreign: [Substring] = []
        for member in (header("tracestate") ?? "").split(separator: ",") {
            let trimmed = member.drop { $0 == " " }
            guard trimmed.hasPrefix("dd=") else {
                if !trimmed.isEmpty { foreign.append(trimmed) }
                continue
            }
            for field in trimmed.dropFirst(3).split(separator: ";") {
                let kv = field.split(separator: ":", maxSplits: 1)
                guard kv.count == 2 else { continue }
                let value = kv[1].replacingTilde()
                switch kv[0] {
                // Priority reconciliation: s is used when it agrees with the sampled flag.
                case "s": if let s = Int(value), sampled == (s > 0) { priority = s }
                case "o": origin = value
                case let key where key.hasPrefix("t.") && key != "t.tid": tags["_dd.p." + key.dropFirst(2)] = value
                default: break
                }
            }
        }
        return TraceContext(
            traceIDHigh: high, traceIDLow: low, parentID: parentID, spanID: spanID, samplingPriority: priority,
            origin: origin, propagatedTags: tags, foreignTraceState: foreign.isEmpty ? nil : foreign.joined(separator: ",")
        )
    }

    private static func validTID(_ s: Substring) -> UInt64? {
        guard s.count == 16, s.allSatisfy({ $0.isHexDigit && !$0.isUppercase }), let v = UInt64(s, radix: 16), v != 0 else { return nil }
        return v
    }

    /// Headers that carry this call's span to the upstream, in both styles.
    /// - Parameter priority: the sampling decision to propagate.
    package func injectionHeaders(priority: Int) -> [(name: String, value: String)] {
        var tags = propagatedTags
        if traceIDHigh != 0 { tags["_dd.p.tid"] = Self.hex16(traceIDHigh) }
        let ddTags = tags.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        var headers: [(name: String, value: String)] = [
            ("x-datadog-trace-id", String(traceIDLow)),
            ("x-datadog-parent-id", String(spanID)),
            ("x-datadog-sampling-priority", String(priority)),
        ]
        if let origin { headers.append(("x-datadog-origin", origin)) }
        if !ddTags.isEmpty, ddTags.utf8.count <= 512 { headers.append(("x-datadog-tags", ddTags)) }
        headers.append(("traceparent", "00-\(traceIDHex)-\(Self.hex16(spanID))-\(priority > 0 ? "01" : "00")"))
        var dd = "dd=p:\(Self.hex16(spanID));s:\(priority)"
        if let origin { dd += ";o:" + origin.w3cSafe() }
        for (key, value) in tags.sorted(by: { $0.key < $1.key }) where key != "_dd.p.tid" {
            dd += ";t.\(key.dropFirst("_dd.p.".count)):\(value.w3cSafe())"
        }
        if traceIDHigh != 0 { dd += ";t.tid:\(Self.hex16(traceIDHigh))" }
        let state = foreignTraceState.map { dd + "," + $0 } ?? dd
        headers.append(("tracestate", state))
        return headers
    }

    /// Header names this context reads or writes; the proxy replaces them on the upstream request.
    package static let headerNames: Set<String> = [
        "x-datadog-trace-id", "x-datadog-parent-id", "x-datadog-sampling-priority", "x-datadog-origin",
        "x-datadog-tags", "traceparent", "tracestate",
    ]
}

extension Substring {
    /// tracestate values encode `=` as `~`.
    func replacingTilde() -> String { String(map { $0 == "~" ? "=" : $0 }) }
}

extension String {
    /// `=` becomes `~`; characters outside printable ASCII or `,;~` become `_`.
    func w3cSafe() -> String {
        String(map { c -> Character in
            if c == "=" { return "~" }
            guard let a = c.asciiValue, a >= 0x20, a <= 0x7E, c != ",", c != ";", c != "~" else { return "_" }
            return c
        })
    }
}
