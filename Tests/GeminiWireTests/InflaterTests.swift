@testable import GeminiWire
import Testing

@Suite("Inflater")
struct InflaterTests {
    private static let plain = Array((0..<3_000).map { "line \($0): Café ☕ 日本語 🚀\n" }.joined().utf8)

    /// Inflates `body` fed in pieces of `size` bytes.
    private func inflate(_ inflater: Inflater, _ body: [UInt8], pieceSize size: Int) -> ([UInt8], Inflater.Status) {
        var output: [UInt8] = []
        var status = Inflater.Status.ok
        var start = 0
        while start < body.count, status == .ok {
            let end = min(start + size, body.count)
            status = Array(body[start..<end]).withUnsafeBytes { piece in
                inflater.inflate(piece) { output.append(contentsOf: $0); return true }
            }
            start = end
        }
        return (output, status)
    }

    @Test(arguments: [(Int32(31), 1), (31, 5), (31, 4_096), (15, 3), (15, 100_000), (-15, 1), (-15, 999)])
    func roundTrips(_ windowBits: Int32, _ pieceSize: Int) {
        let inflater = Inflater()
        let (output, status) = inflate(inflater, Fixtures.compress(Self.plain, windowBits: windowBits), pieceSize: pieceSize)
        #expect(status == .ok)
        #expect(output == Self.plain)
        #expect(inflater.isComplete)
    }

    @Test func concatenatedGzipMembers() {
        let first = Array("first member, ".utf8)
        let second = Array("second member".utf8)
        let inflater = Inflater()
        let body = Fixtures.compress(first) + Fixtures.compress(second)
        let (output, status) = inflate(inflater, body, pieceSize: 7)
        #expect(status == .ok)
        #expect(output == first + second)
        #expect(inflater.isComplete)
    }

    @Test func truncatedStreamIsIncomplete() {
        let inflater = Inflater()
        let body = Fixtures.compress(Self.plain)
        let (output, status) = inflate(inflater, Array(body.dropLast(4)), pieceSize: 64)
        #expect(status == .ok)
        #expect(output.count == Self.plain.count)
        #expect(!inflater.isComplete)
    }

    @Test func corruptChecksumFails() {
        let inflater = Inflater()
        var body = Fixtures.compress(Self.plain)
        body[body.count - 6] ^= 0xFF
        let (_, status) = inflate(inflater, body, pieceSize: 1_000)
        #expect(status == .failed("corrupt compressed body: incorrect data check"))
        #expect(!inflater.isComplete)
        let again = Array("more".utf8).withUnsafeBytes { inflater.inflate($0) { _ in true } }
        #expect(again == status)
    }

    @Test func sinkCanStop() {
        let inflater = Inflater()
        let body = Fixtures.compress(Self.plain)
        var calls = 0
        let status = body.withUnsafeBytes { all in
            inflater.inflate(all) { _ in
                calls += 1
                return false
            }
        }
        #expect(status == .stopped)
        #expect(calls == 1)
    }

    @Test func copyIsIndependent() {
        let body = Fixtures.compress(Self.plain)
        let half = body.count / 2
        let original = Inflater()
        let (head, _) = inflate(original, Array(body[..<half]), pieceSize: 100)
        let clone = original.copy()
        let (tailA, statusA) = inflate(original, Array(body[half...]), pieceSize: 100)
        let (tailB, statusB) = inflate(clone, Array(body[half...]), pieceSize: 333)
        #expect(statusA == .ok && statusB == .ok)
        #expect(head + tailA == Self.plain)
        #expect(head + tailB == Self.plain)
    }

    @Test func emptyInputIsComplete() {
        #expect(Inflater().isComplete)
    }
}
