import GeminiWire
import JSON

/// The prompts a plan draws from: built-in shop prompts and attacks, optionally extended with
/// labelled JSONL files such as data/injection/injection-authored.jsonl.
package struct PromptCorpus: Sendable {
    /// Benign customer messages.
    package var benign: [String]
    /// Attack groups; the injection scenario cycles through them so each is exercised.
    package var attackGroups: [[String]]
    /// Junk and off-topic prompts for the quality scenario.
    package var junk: [String]

    /// The built-in corpus: shop prompts, the owners' attacks, multilingual attacks, and encoded
    /// attacks (the authored ones plus each owner attack in every ``AttackEncoding``).
    package static let builtIn: PromptCorpus = {
        var encoded = AttackPrompts.encoded
        for (index, attack) in AttackPrompts.owners.enumerated() {
            let encoding = AttackEncoding.allCases[index % AttackEncoding.allCases.count]
            encoded.append(encoding.apply(attack))
        }
        return PromptCorpus(
            benign: ShopPrompts.chat,
            attackGroups: [AttackPrompts.owners, AttackPrompts.multilingual, encoded],
            junk: ShopPrompts.junk
        )
    }()

    /// A corpus from explicit lists.
    /// - Parameters:
    ///   - benign: Benign messages (not empty).
    ///   - attackGroups: Attack groups (none empty).
    ///   - junk: Junk prompts (not empty).
    package init(benign: [String], attackGroups: [[String]], junk: [String]) {
        self.benign = benign
        self.attackGroups = attackGroups
        self.junk = junk
    }

    /// Every attack, in group order.
    package var attacks: [String] { attackGroups.flatMap { $0 } }

    /// This corpus plus the rows of a labelled JSONL file: label 0 rows join ``benign``, label 1
    /// rows become a new attack group. Rows over 4,000 characters are skipped.
    /// - Parameters:
    ///   - jsonl: Lines of `{"text": "…", "label": 0|1, …}`; blank lines are ignored.
    ///   - name: The file name, for error messages.
    package func adding(jsonl: String, name: String) throws(LoadError) -> PromptCorpus {
        var copy = self
        var attacks: [String] = []
        for (index, line) in jsonl.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy(\.isWhitespace) { continue }
            guard let row = try? JSONParser.parse(String(line)), let text = row["text"]?.stringValue,
                let label = row["label"]?.intValue, label == 0 || label == 1
            else {
                throw .unreadablePrompts("\(name):\(index + 1): expected {\"text\": \"…\", \"label\": 0 or 1}")
            }
            guard !text.isEmpty, text.count <= 4_000 else { continue }
            if label == 1 { attacks.append(text) } else { copy.benign.append(text) }
        }
        if !attacks.isEmpty { copy.attackGroups.append(attacks) }
        return copy
    }
}
