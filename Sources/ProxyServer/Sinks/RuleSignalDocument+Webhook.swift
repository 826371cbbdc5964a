import FoundationEssentials

extension RuleSignalDocument {
    /// `{"text": …, "outrigger_signal": {…}}`: chat tools show the text, programs read the signal.
    static func webhookBody(for signal: RuleSignalDocument) -> [UInt8] {
        struct Body: Encodable {
            var text: String
            var outriggerSignal: RuleSignalDocument
            enum CodingKeys: String, CodingKey { case text, outriggerSignal = "outrigger_signal" }
        }
        let title = "[\(signal.severity.uppercased())] \(signal.rule) \(signal.state) (\(signal.group))"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(Body(text: title + "\n" + signal.text, outriggerSignal: signal))) ?? Data())
    }
}
