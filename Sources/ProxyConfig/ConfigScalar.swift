/// The text of one YAML scalar and how it was written.
///
/// Only plain (unquoted) scalars can be numbers, booleans or null; `"256"` is a string.
struct ConfigScalar {
    /// The scalar's value with quotes and escapes resolved.
    let text: String
    /// Whether the scalar was written without quotes or block indicators.
    let isPlain: Bool

    /// Whether YAML reads the scalar as null (`~`, `null` or nothing at all).
    var isNull: Bool {
        isPlain && ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// How the scalar reads in a message: `'text'`, or `the string "256"` when quoted.
    var quoted: String {
        isPlain ? "'\(text)'" : "the string \"\(text)\""
    }

    /// The scalar as a boolean; YAML 1.1 spellings (`yes`, `off`) are accepted.
    func bool() throws(ConfigValueError) -> Bool {
        if isPlain {
            switch text.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        throw .wrongType(expected: "a boolean (true or false)", got: quoted)
    }

    /// The scalar as a decimal integer; `_` digit separators are accepted.
    func integer() throws(ConfigValueError) -> Int {
        let digits = text.filter { $0 != "_" }
        guard isPlain, let value = Int(digits) else {
            throw .wrongType(expected: "an integer", got: quoted)
        }
        return value
    }
}
