// Evaluates the injection scorer on a JSONL file of {"text", "label", "kind", "source", ...} rows.
//
//   injection-eval <file.jsonl> [--threshold 0.7] [--errors]   precision, recall, F1, FPR overall, per source, per kind
//   injection-eval <file.jsonl> --dump                         one line per row: rule score, model probability,
//                                                              hex of the model's input (for training)
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Inspection

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: injection-eval <file.jsonl> [--threshold t] [--errors] [--dump]")
    exit(64)
}
var threshold = 0.7
if let i = arguments.firstIndex(of: "--threshold"), i + 1 < arguments.count, let t = Double(arguments[i + 1]) {
    threshold = t
}
let showErrors = arguments.contains("--errors")
let dump = arguments.contains("--dump")
guard let rows = readRows(path: arguments[1]) else {
    print("cannot read \(arguments[1])")
    exit(66)
}
let scorer = InjectionScorer(threshold: threshold)
if dump {
    for row in rows {
        let result = scorer.score(row.text)
        let bytes = InjectionNormalizer().normalize(row.text).bytes.prefix(4_096)
        var hex = ""
        hex.reserveCapacity(bytes.count * 2)
        let digits = Array("0123456789abcdef")
        for b in bytes {
            hex.append(digits[Int(b >> 4)])
            hex.append(digits[Int(b & 15)])
        }
        print("\(result.ruleScore)\t\(result.modelProbability)\t\(hex)")
    }
    exit(0)
}
var tallies: [String: Tally] = [:]
for row in rows {
    let result = scorer.score(row.text)
    let predicted = result.isInjection()
    for key in ["all", "source \(row.sourceFamily)", "kind \(row.kind)", "lang \(row.lang)"] {
        tallies[key, default: Tally()].add(label: row.label, predicted: predicted)
    }
    if showErrors, predicted != (row.label == 1) {
        let snippet = String(row.text.prefix(160)).replacing("\n", with: " ")
        let why = result.evidence.map { "\($0.rule)=\($0.weight)" }.joined(separator: ",")
        print("\(row.label == 1 ? "MISS" : "FP  ") \(fmt(result.score)) [\(row.kind)] \(snippet)  {\(why)}")
    }
}
print("threshold \(threshold), \(rows.count) rows")
print("group".padding(52) + "   n   pos  prec   rec    F1   FPR")
for key in tallies.keys.sorted() {
    let t = tallies[key]!
    print(key.padding(52) + t.line)
}
