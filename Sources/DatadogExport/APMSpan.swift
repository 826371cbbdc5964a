/// One span in the Agent's v0.4 trace format (datadog-agent `pkg/proto/datadog/trace/span.proto`).
package struct APMSpan: Sendable {
    package var traceID: UInt64
    package var spanID: UInt64
    package var parentID: UInt64
    package var name: String
    package var resource: String
    package var service: String
    package var type: String
    /// Nanoseconds since the Unix epoch.
    package var start: Int64
    package var duration: Int64
    package var error: Bool
    package var meta: [String: String]
    package var metrics: [String: Double]

    package init(
        traceID: UInt64, spanID: UInt64, parentID: UInt64, name: String, resource: String, service: String,
        type: String, start: Int64, duration: Int64, error: Bool, meta: [String: String], metrics: [String: Double]
    ) {
        self.traceID = traceID
        self.spanID = spanID
        self.parentID = parentID
        self.name = name
        self.resource = resource
        self.service = service
        self.type = type
        self.start = start
        self.duration = duration
        self.error = error
        self.meta = meta
        self.metrics = metrics
    }
}

extension APMSpan {
    /// Encodes chunks (each an array of spans) as a v0.4 payload: a msgpack array of arrays of maps.
    package static func encodeV04(_ chunks: [[APMSpan]]) -> [UInt8] {
        // Reserved from the spans' own estimate (an upper bound of their encoding), so the
        // payload is not regrown by doubling, which briefly holds it twice.
        let estimate = chunks.reduce(16) { total, chunk in chunk.reduce(total + 8) { $0 + $1.approximateBytes } }
        var w = MsgPackWriter(reservingCapacity: estimate)
        w.arrayHeader(chunks.count)
        for chunk in chunks {
            w.arrayHeader(chunk.count)
            for span in chunk { span.encode(into: &w) }
        }
        return w.bytes
    }

    func encode(into w: inout MsgPackWriter) {
        w.mapHeader(12)
        w.string("trace_id"); w.uint(traceID)
        w.string("span_id"); w.uint(spanID)
        w.string("parent_id"); w.uint(parentID)
        w.string("name"); w.string(name)
        w.string("resource"); w.string(resource)
        w.string("service"); w.string(service)
        w.string("type"); w.string(type)
        w.string("start"); w.int(start)
        w.string("duration"); w.int(duration)
        w.string("error"); w.int(error ? 1 : 0)
        w.string("meta"); w.mapHeader(meta.count)
        for (k, v) in meta { w.string(k); w.string(v) }
        w.string("metrics"); w.mapHeader(metrics.count)
        for (k, v) in metrics { w.string(k); w.double(v) }
    }
}

extension APMSpan {
    /// About what the span keeps in memory: its strings and tag entries plus a fixed part.
    package var approximateBytes: Int {
        var total = 160 + name.utf8.count + resource.utf8.count + service.utf8.count + type.utf8.count
        for (key, value) in meta { total += 32 + key.utf8.count + value.utf8.count }
        for key in metrics.keys { total += 16 + key.utf8.count }
        return total
    }
}
