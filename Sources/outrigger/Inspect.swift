import ArgumentParser
import Guards
import Inspection
import ProxyConfig
import ProxyCore
import ProxyServer
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `outrigger inspect`: scores JSONL text with the same guards and config as `serve`.
struct Inspect: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score JSONL lines ({\"text\": ...}, optional \"label\" and \"source\") for prompt injection and PII.",
        discussion: """
            Writes one JSON line per input line, in order, with injection_score, injection (at the configured \
            threshold), categories, evidence and pii. With --summary, prints precision, recall, F1 and the \
            false-positive rate overall and per source instead (labels 1/0 or true/false).
            """
    )

    @Option(help: "The YAML config file (guards.threshold and guards.disabled_categories apply).")
    var config: String?

    @Flag(help: "Print a precision/recall table instead of one line per input.")
    var summary = false

    @Argument(help: "A JSONL file; standard input when omitted.")
    var file: String?

    func run() async throws {
        let configuration = try ConfigLoading.load(path: config)
        let assessor = GuardScoring.assessor(for: configuration.guards)
        let guardrail = PromptGuard(assessor: assessor, policy: configuration.guards.policy)
        let disabled = Set(configuration.guards.disabledCategories)
        let opened: UnsafeMutablePointer<FILE>? = file.map { fopen($0, "r") } ?? fdopen(0, "r")
        guard let stream = opened else {
            printError("inspect: cannot open \(file ?? "-")")
            throw ExitCode(66)
        }
        defer { if file != nil { fclose(stream) } }
        var totals = DetectionSummary()
        var lineNumber = 0
        var badLines = 0
        while let line = readLine(stream) {
            lineNumber += 1
            guard !line.allSatisfy({ $0.isWhitespace }) else { continue }
            guard let row = InspectRow(line) else {
                badLines += 1
                printError("inspect: line \(lineNumber): expected a JSON object with a string \"text\"; skipped")
                if !summary { printLine(#"{"error":"line \#(lineNumber) is not a JSON object with a string \"text\""}"#) }
                continue
            }
            let assessment = assessor.assess(row.text, origin: .user)
            let categories = assessment.categories.filter { !disabled.contains($0) }
            let injection = assessment.score >= configuration.guards.policy.threshold && !(categories.isEmpty && !assessment.categories.isEmpty)
            if summary {
                totals.add(label: row.label, predicted: injection, source: row.source)
            } else {
                let pii = guardrail.responsePII(row.text)
                printLine(InspectRow.output(score: assessment.score, injection: injection, categories: categories, evidence: assessment.evidence, pii: pii))
            }
        }
        if summary {
            printLine("threshold \(configuration.guards.policy.threshold); \(lineNumber - badLines) rows")
            printLine(totals.table())
        }
        if badLines > 0 { throw ExitCode(65) }
    }

    /// One line without its newline, or nil at the end.
    private func readLine(_ stream: UnsafeMutablePointer<FILE>) -> String? {
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        let count = getline(&buffer, &capacity, stream)
        guard count >= 0, let buffer else { return nil }
        var text = String(cString: buffer)
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}
