#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

import JSON

/// One labelled row of an evaluation file.
struct Row {
    var text = ""
    var label = 0
    var kind = "-"
    var lang = "-"
    var source = "-"

    /// `owner/repo` for GitHub sources, the package for `pypi:` sources, the whole id otherwise.
    var sourceFamily: String {
        if source.hasPrefix("pypi:") {
            return String(source.dropFirst(5).prefix { $0 != "=" && $0 != ":" })
        }
        if let at = source.firstIndex(of: "@") { return String(source[..<at]) }
        return source
    }
}

/// Reads a JSONL file of flat objects; lines that do not parse are skipped.
func readRows(path: String) -> [Row]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var data: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
        if n <= 0 { break }
        data.append(contentsOf: chunk[0..<n])
    }
    var rows: [Row] = []
    var start = 0
    for i in 0...data.count where i == data.count || data[i] == 0x0A {
        if i > start, let row = parseRow(data[start..<i]) { rows.append(row) }
        start = i + 1
    }
    return rows
}

/// One JSONL row: `text`, `label` (0/1, a number or a string), `kind`, `lang` and `source`; other members are ignored.
func parseRow(_ bytes: ArraySlice<UInt8>) -> Row? {
    guard let document = try? JSONParser.parse(Array(bytes)), document.objectValue != nil else { return nil }
    var row = Row()
    row.text = document["text"]?.stringValue ?? ""
    row.label = document["label"]?.intValue ?? 0
    row.kind = document["kind"]?.stringValue ?? row.kind
    row.lang = document["lang"]?.stringValue ?? row.lang
    row.source = document["source"]?.stringValue ?? row.source
    return row
}
