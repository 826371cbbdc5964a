#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

/// Parses `{"key": "string" | number, ...}`; nested values are not supported.
func parseRow(_ bytes: ArraySlice<UInt8>) -> Row? {
    var p = JSONCursor(bytes: Array(bytes))
    guard p.skip(0x7B) else { return nil }
    var row = Row()
    while true {
        p.skipBlanks()
        if p.peek == 0x7D { break }
        guard let key = p.string(), p.skip(0x3A) else { return nil }
        p.skipBlanks()
        if p.peek == 0x22 {
            guard let value = p.string() else { return nil }
            switch key {
            case "text": row.text = value
            case "kind": row.kind = value
            case "lang": row.lang = value
            case "source": row.source = value
            case "label": row.label = Int(value) ?? 0
            default: break
            }
        } else {
            let number = p.scalar()
            if key == "label" { row.label = Int(number) ?? 0 }
        }
        p.skipBlanks()
        if !p.skip(0x2C) { break }
    }
    return row
}

struct JSONCursor {
    let bytes: [UInt8]
    var i = 0

    var peek: UInt8 { i < bytes.count ? bytes[i] : 0 }

    mutating func skipBlanks() { while i < bytes.count, [0x20, 0x09, 0x0D].contains(bytes[i]) { i += 1 } }

    mutating func skip(_ b: UInt8) -> Bool {
        skipBlanks()
        guard peek == b else { return false }
        i += 1
        return true
    }

    mutating func scalar() -> String {
        let start = i
        while i < bytes.count, ![0x2C, 0x7D, 0x20].contains(bytes[i]) { i += 1 }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else { return nil }
        i += 4
        return v
    }

    mutating func string() -> String? {
        guard skip(0x22) else { return nil }
        var out: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if b == 0x22 { return String(decoding: out, as: UTF8.self) }
            guard b == 0x5C else {
                out.append(b)
                continue
            }
            let e = peek
            i += 1
            switch e {
            case 0x6E: out.append(0x0A)
            case 0x74: out.append(0x09)
            case 0x72: out.append(0x0D)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x75:
                guard var v = hex4() else { return nil }
                if (0xD800..<0xDC00).contains(v), peek == 0x5C, i + 1 < bytes.count, bytes[i + 1] == 0x75 {
                    i += 2
                    guard let low = hex4() else { return nil }
                    v = 0x10000 + ((v - 0xD800) << 10) + (low &- 0xDC00)
                }
                let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(scalar).utf8))
            default: out.append(e)
            }
        }
        return nil
    }
}
