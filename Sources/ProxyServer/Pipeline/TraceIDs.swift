/// Random span and trace ids: non-zero, 63 bits (as ddtrace generates them).
enum TraceIDs {
    @Sendable static func random() -> UInt64 {
        var id: UInt64 = 0
        while id == 0 { id = UInt64.random(in: 1...UInt64(Int64.max)) }
        return id
    }
}
