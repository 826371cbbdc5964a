import Inspection

/// Times `PIIDetector.redact` on a realistic ~2 KB shop prompt: `swift run -c release inspection-bench`.

let clean = SamplePrompt.shop

let withPII = clean + """

    Customer: my email is jane.doe+shop@example.co.uk and phone +1 415 555 0100, card 4111 1111 1111 1111.
    """

/// Redacts `text` `iterations` times in `rounds` equal rounds; returns the fastest and the median
/// round's nanoseconds per call (the machine is shared, so the fastest round is the least disturbed).
func measure(_ text: String, iterations: Int, rounds: Int) -> (fastest: Double, median: Double, checksum: Int) {
    let detector = PIIDetector()
    var checksum = 0
    for _ in 0..<1_000 { checksum &+= detector.redact(text).counts.total }
    let clock = ContinuousClock()
    var perCall: [Double] = []
    for _ in 0..<rounds {
        let start = clock.now
        for _ in 0..<(iterations / rounds) {
            let result = detector.redact(text)
            checksum &+= result.counts.total &+ result.text.utf8.count
        }
        let (seconds, attoseconds) = (clock.now - start).components
        let nanoseconds = Double(seconds) * 1e9 + Double(attoseconds) / 1e9
        perCall.append(nanoseconds / Double(iterations / rounds))
    }
    perCall.sort()
    return (perCall[0], perCall[rounds / 2], checksum)
}

let iterations = 100_000
let only = CommandLine.arguments.dropFirst().first
for (name, text) in [("clean", clean), ("with PII", withPII)] where only == nil || only == name {
    let (fastest, median, checksum) = measure(text, iterations: iterations, rounds: 10)
    let findings = PIIDetector().counts(in: text).total
    print(
        "\(name): \(text.utf8.count) bytes, \(findings) findings, \(iterations) calls: "
            + "\(Int(fastest)) ns/call fastest round, \(Int(median)) ns/call median (checksum \(checksum))"
    )
}
