import GeminiWire
import JSON
import ProxyCore

/// One `inspect` input line: `{"text": …, "label"?: 1|0|true|false, "source"?: …}`, and the output line.
struct InspectRow {
    var text: String
    var label: Bool?
    var source: String?

    init?(_ line: String) {
        guard let json = try? JSONParser.parse(line), let text = json["text"]?.stringValue else { return nil }
        self.text = text
        if let flag = json["label"]?.boolValue {
            label = flag
        } else if let number = json["label"]?.intValue {
            label = number != 0
        }
        source = json["source"]?.stringValue.map(Self.sourceGroup)
    }

    /// A source's repository or package (`owner/repo@commit:path` → `owner/repo`,
    /// `pypi:pkg==1.0:path` → `pypi:pkg==1.0`), so per-source rows stay readable.
    static func sourceGroup(_ source: String) -> String {
        if let at = source.firstIndex(of: "@") { return String(source[..<at]) }
        let parts = source.split(separator: ":", maxSplits: 2)
        return parts.count == 3 ? parts[0] + ":" + parts[1] : source
    }

    static func output(score: Double, injection: Bool, categories: [String], evidence: [String], pii: [String: Int]) -> String {
        let rounded = (score * 10_000).rounded() / 10_000
        return "{\"injection_score\":" + JSONWriter.number(rounded) + ",\"injection\":" + (injection ? "true" : "false")
            + ",\"categories\":[" + categories.map { JSONWriter.quoted($0) }.joined(separator: ",") + "]"
            + ",\"evidence\":[" + evidence.map { JSONWriter.quoted($0) }.joined(separator: ",") + "]"
            + ",\"pii\":{" + pii.sorted(by: { $0.key < $1.key }).map { JSONWriter.quoted($0.key) + ":\($0.value)" }.joined(separator: ",") + "}}"
    }
}
