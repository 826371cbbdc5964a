/// Confusion counts for one group of rows.
struct Tally {
    var tp = 0, fp = 0, tn = 0, fn = 0

    mutating func add(label: Int, predicted: Bool) {
        switch (label == 1, predicted) {
        case (true, true): tp += 1
        case (true, false): fn += 1
        case (false, true): fp += 1
        case (false, false): tn += 1
        }
    }

    var line: String {
        let precision = tp + fp == 0 ? Double.nan : Double(tp) / Double(tp + fp)
        let recall = tp + fn == 0 ? Double.nan : Double(tp) / Double(tp + fn)
        let f1 = precision.isNaN || recall.isNaN || precision + recall == 0 ? Double.nan : 2 * precision * recall / (precision + recall)
        let fpr = fp + tn == 0 ? Double.nan : Double(fp) / Double(fp + tn)
        let n = tp + fp + tn + fn
        return String(n).leftPad(5) + String(tp + fn).leftPad(6) + [precision, recall, f1, fpr].map { fmt($0).leftPad(6) }.joined()
    }
}

func fmt(_ x: Double) -> String {
    if x.isNaN { return "-" }
    let scaled = Int((x * 1000).rounded())
    let whole = scaled / 1000
    let frac = String(scaled % 1000)
    return "\(whole)." + String(repeating: "0", count: 3 - frac.count) + frac
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? String(prefix(width)) : self + String(repeating: " ", count: width - count) }
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
