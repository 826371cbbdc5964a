/// Binding names to IDs: which product name, if any, an answer gives each ID as its label.
///
/// A name is a label candidate for the nearest ID before it and the nearest ID after it in the
/// same sentence or line, when only markup lies between them (see `LabelGap`). A name that could
/// label both (`Mug [A] Watch [B]`, `[A] Mug [B] Watch`) goes the way the other labels of its
/// segment go, name first on a tie. IDs in a group (`[A, B]`) get no label. Each ID's label is then
/// the name just before it, else the name just after it: in `**Sunglasses** [ID]: Mug with…` the
/// label is Sunglasses, whatever the description says.
extension MentionContext {
    /// The bindings between mentions and names, as indices.
    struct Labels {
        /// For each mention, the index in `names` of its label.
        var nameOfMention: [Int?]
        /// For each name, the index in `mentions` of the mention it labels.
        var mentionOfName: [Int?]
    }

    /// Binds labels.
    /// - Parameters:
    ///   - bytes: The text's UTF-8 bytes.
    ///   - mentions: The ID mentions, in order.
    ///   - names: The product names, in order, none overlapping a mention.
    ///   - segments: The text's sentences and lines.
    static func bindLabels(bytes: [UInt8], mentions: [ProductMention], names: [NameOccurrence], segments: TextSegments) -> Labels {
        var labels = Labels(nameOfMention: Array(repeating: nil, count: mentions.count), mentionOfName: Array(repeating: nil, count: names.count))
        guard !mentions.isEmpty, !names.isEmpty else { return labels }
        let grouped = groupedMentions(bytes: bytes, mentions: mentions)
        func candidate(_ name: NameOccurrence, _ m: Int?, nameFirst: Bool) -> Int? {
            guard let m, !grouped[m] else { return nil }
            let range = mentions[m].utf8Range
            guard segments.segment(of: range.lowerBound) == segments.segment(of: name.utf8Range.lowerBound) else { return nil }
            let gap = nameFirst ? name.utf8Range.upperBound..<range.lowerBound : range.upperBound..<name.utf8Range.lowerBound
            return LabelGap.binds(bytes, gap, nameFirst: nameFirst) ? m : nil
        }
        var before: [Int?] = []  // per name: the mention it labels as name-first
        var after: [Int?] = []  // per name: the mention it labels as ID-first
        var votes: [Int: Int] = [:]  // per segment: name-first labels minus ID-first labels
        // Names and mentions are both in text order and never overlap, so one cursor finds each
        // name's neighbours in linear time.
        var cursor = 0  // the first mention that starts at or after the current name's end
        for name in names {
            while cursor < mentions.count, mentions[cursor].utf8Range.lowerBound < name.utf8Range.upperBound { cursor += 1 }
            let next: Int? = cursor < mentions.count ? cursor : nil
            let previous: Int? = cursor > 0 && mentions[cursor - 1].utf8Range.upperBound <= name.utf8Range.lowerBound ? cursor - 1 : nil
            let (b, a) = (candidate(name, next, nameFirst: true), candidate(name, previous, nameFirst: false))
            before.append(b)
            after.append(a)
            if (b == nil) != (a == nil) { votes[segments.segment(of: name.utf8Range.lowerBound), default: 0] += b != nil ? 1 : -1 }
        }
        var labelBefore: [Int?] = Array(repeating: nil, count: mentions.count)
        var labelAfter: [Int?] = Array(repeating: nil, count: mentions.count)
        for (k, name) in names.enumerated() {
            if let b = before[k], after[k] == nil || votes[segments.segment(of: name.utf8Range.lowerBound), default: 0] >= 0 {
                labelBefore[b] = k
            } else if let a = after[k] {
                labelAfter[a] = k
            }
        }
        for m in mentions.indices {
            guard let k = labelBefore[m] ?? labelAfter[m] else { continue }
            labels.nameOfMention[m] = k
            labels.mentionOfName[k] = m
        }
        return labels
    }

    /// Whether each mention is one of a group of IDs with only `,`, `;` and markup between them.
    private static func groupedMentions(bytes: [UInt8], mentions: [ProductMention]) -> [Bool] {
        var grouped = Array(repeating: false, count: mentions.count)
        for m in mentions.indices.dropFirst() {
            let gap = mentions[m - 1].utf8Range.upperBound..<mentions[m].utf8Range.lowerBound
            let separators = bytes[gap].filter { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }.count
            let rest = bytes[gap].filter { $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: ";") && $0 != 0x20 }
            guard separators > 0, rest.allSatisfy({ "[]()*_`".utf8.contains($0) }) else { continue }
            grouped[m - 1] = true
            grouped[m] = true
        }
        return grouped
    }
}
