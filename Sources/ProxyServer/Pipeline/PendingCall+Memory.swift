import NIOCore

extension PendingCall {
    /// A call's fixed cost in the analysis queue, besides its buffers.
    static let overheadBytes = 512

    /// The bytes this call keeps alive while it waits: the storage behind its request body and
    /// tapped chunks (a small slice of a large receive buffer keeps the whole buffer).
    var retainedBytes: Int {
        Self.overheadBytes + (requestBody?.storageCapacity ?? 0) + responseChunks.reduce(0) { $0 + $1.storageCapacity }
    }

    /// Copies buffers that keep much more storage alive than they use into buffers of their own
    /// size (the tapped chunks joined into one), so a queued call holds about what it carries.
    /// Nothing is copied when the buffers are already tight, the usual case.
    mutating func tighten() {
        if let body = requestBody, body.storageCapacity > 2 * body.readableBytes + 1024 {
            requestBody = ByteBuffer(bytes: body.readableBytesView)
        }
        let used = responseChunks.reduce(0) { $0 + $1.readableBytes }
        let held = responseChunks.reduce(0) { $0 + $1.storageCapacity }
        guard held > 2 * used + 1024 else { return }
        var joined = ByteBuffer()
        joined.reserveCapacity(used)
        for chunk in responseChunks { joined.writeImmutableBuffer(chunk) }
        responseChunks = [joined]
    }
}
