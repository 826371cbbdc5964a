/// The parts of resolv.conf(5) the upstream resolver uses, read as glibc reads them.
package struct ResolvConf: Sendable, Equatable {
    /// glibc uses at most three servers (MAXNS); later `nameserver` lines are ignored.
    package static let maximumNameservers = 3

    /// The servers to ask, in file order, at most three.
    package var nameservers: [DNSAddress] = []
    /// The search list (`search`, or `domain` for one entry; the last such line wins). Parsed
    /// only: the proxy resolves fully qualified names and never appends these.
    package var search: [String] = []
    /// `options ndots:N` (default 1, at most 15). Parsed only, as `search`.
    package var ndots = 1
    /// `options timeout:N`, seconds to wait for one server (default 5, at most 30).
    package var timeoutSeconds = 5
    /// `options attempts:N`, rounds over the servers (default 2, at most 5).
    package var attempts = 2
    /// `options rotate`: start at a different server each time.
    package var rotate = false
    /// Lines or values that were not understood, each with its line number; they are skipped.
    package var problems: [String] = []

    package init() {}

    /// Reads the text of a resolv.conf file; never fails, what it skips is in `problems`.
    ///
    /// Comments start with `#` or `;` and run to the end of the line. Unknown keywords
    /// (`sortlist`, `lookup`...) are ignored without a problem, as glibc does.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    package static func parse(_ text: String) -> ResolvConf {
        var conf = ResolvConf()
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.prefix { $0 != "#" && $0 != ";" }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            guard let keyword = words.first else { continue }
            let values = Array(words.dropFirst())
            conf.apply(keyword, values, line: offset + 1)
        }
        return conf
    }

    private mutating func apply(_ keyword: String, _ values: [String], line: Int) {
        switch keyword {
        case "nameserver":
            guard let text = values.first, let address = DNSAddress(literal: text) else {
                problems.append("line \(line): nameserver '\(values.first ?? "")' is not an IP address (a zone such as %eth0 is not supported)")
                return
            }
            guard nameservers.count < Self.maximumNameservers else {
                problems.append("line \(line): nameserver \(text) ignored, only the first \(Self.maximumNameservers) are used")
                return
            }
            nameservers.append(address)
        case "search":
            search = values
        case "domain":
            search = Array(values.prefix(1))
        case "options":
            for option in values { apply(option: option, line: line) }
        default:
            return
        }
    }

    private mutating func apply(option: String, line: Int) {
        let parts = option.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let name = parts.first ?? ""
        guard ["ndots", "timeout", "attempts"].contains(name) else {
            if name == "rotate" { rotate = true }
            return
        }
        guard parts.count == 2, let number = Int(parts[1]), number >= 0 else {
            problems.append("line \(line): options \(option) needs a number, as in \(name):2")
            return
        }
        switch name {
        case "ndots": ndots = min(number, 15)
        case "timeout": timeoutSeconds = max(1, min(number, 30))
        default: attempts = max(1, min(number, 5))
        }
    }
}
