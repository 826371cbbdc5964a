/// Precision, recall, F1 and false-positive rate of a detector over labelled examples, overall
/// and per source, for `outrigger inspect --summary`.
package struct DetectionSummary: Sendable {
    package struct Counts: Sendable, Equatable {
        package var truePositives = 0
        package var falsePositives = 0
        package var trueNegatives = 0
        package var falseNegatives = 0

        package init() {}

        package var total: Int { truePositives + falsePositives + trueNegatives + falseNegatives }
        package var precision: Double? { ratio(truePositives, truePositives + falsePositives) }
        package var recall: Double? { ratio(truePositives, truePositives + falseNegatives) }
        package var falsePositiveRate: Double? { ratio(falsePositives, falsePositives + trueNegatives) }
        package var f1: Double? {
            guard let p = precision, let r = recall, p + r > 0 else { return nil }
            return 2 * p * r / (p + r)
        }

        mutating func add(label: Bool, predicted: Bool) {
            switch (label, predicted) {
            case (true, true): truePositives += 1
            case (false, true): falsePositives += 1
            case (false, false): trueNegatives += 1
            case (true, false): falseNegatives += 1
            }
        }

        private func ratio(_ a: Int, _ b: Int) -> Double? { b == 0 ? nil : Double(a) / Double(b) }
    }

    package private(set) var overall = Counts()
    package private(set) var bySource: [String: Counts] = [:]
    /// Rows without a label (not counted).
    package private(set) var unlabelled = 0

    package init() {}

    package mutating func add(label: Bool?, predicted: Bool, source: String?) {
        guard let label else {
            unlabelled += 1
            return
        }
        overall.add(label: label, predicted: predicted)
        bySource[source ?? "(none)", default: Counts()].add(label: label, predicted: predicted)
    }

    /// A plain-text table: one row overall, then one per source.
    package func table() -> String {
        func cell(_ value: Double?) -> String {
            guard let value else { return "    -" }
            let text = String(Int((value * 1000).rounded()))
            let padded = String(repeating: "0", count: max(0, 4 - text.count)) + text
            return " " + padded.dropLast(3) + "." + padded.suffix(3)
        }
        func row(_ name: String, _ c: Counts) -> String {
            let label = name.count > 48 ? String(name.prefix(45)) + "..." : name
            return label + String(repeating: " ", count: max(1, 50 - label.count))
                + String(c.total).leftPadded(6) + "  " + cell(c.precision) + "  " + cell(c.recall) + "  " + cell(c.f1)
                + "  " + cell(c.falsePositiveRate)
        }
        var lines = ["source" + String(repeating: " ", count: 44) + "     n   prec.  recall      F1     FPR"]
        lines.append(row("ALL", overall))
        for (source, counts) in bySource.sorted(by: { $0.key < $1.key }) { lines.append(row(source, counts)) }
        if unlabelled > 0 { lines.append("(\(unlabelled) rows without a label not counted)") }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
