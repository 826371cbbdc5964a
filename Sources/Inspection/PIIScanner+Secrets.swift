/// Credentials: API keys with a recognisable prefix, bearer tokens and PEM private keys.
extension PIIScanner {
    /// Matches a secret that starts a word at `i`:
    /// - Google API keys: `AIza` and 35 or more of `[A-Za-z0-9_-]`;
    /// - AWS access key ids: `AKIA` and exactly 16 of `[A-Z0-9]`;
    /// - `sk-` keys: 20 or more of `[A-Za-z0-9_-]` holding both a letter and a digit;
    /// - GitHub tokens: `ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_` and 30 or more alphanumerics, or
    ///   `github_pat_` and 22 or more of `[A-Za-z0-9_]`;
    /// - bearer tokens: `Bearer` (any case), blanks, then 16 or more of `[A-Za-z0-9._~+/=-]` holding a
    ///   digit or both cases (so `bearer instruments-of-trade` is prose). Only the token is the finding;
    ///   `Bearer ` stays visible.
    func matchSecretWord(at i: Int, length: Int, next: UInt8, first b: UInt8) -> Match? {
        switch b {
        case 0x41:  // A
            guard length >= 4 else { return nil }
            if at(i + 1) == 0x49, at(i + 2) == 0x7A, at(i + 3) == 0x61 {  // AIza
                let run = keyRun(i + 4) { ASCII.isWord($0) || $0 == ASCII.minus }
                return run.length >= 35 ? Match(kind: .secret, start: i, end: i + 4 + run.length) : nil
            }
            if at(i + 1) == 0x4B, at(i + 2) == 0x49, at(i + 3) == 0x41 {  // AKIA
                let run = keyRun(i + 4) { ASCII.isUpper($0) || ASCII.isDigit($0) }
                guard run.length == 16, !ASCII.isWord(at(i + 20)) else { return nil }
                return Match(kind: .secret, start: i, end: i + 20)
            }
            return nil
        case 0x42, 0x62:  // B b
            guard length == 6, next == ASCII.space || next == ASCII.tab else { return nil }
            return matchBearer(at: i)
        case 0x73:  // s
            guard length == 2, next == ASCII.minus, at(i + 1) == 0x6B else { return nil }
            let run = keyRun(i + 3) { ASCII.isWord($0) || $0 == ASCII.minus }
            guard run.length >= 20, run.digits > 0, run.letters > 0 else { return nil }
            return Match(kind: .secret, start: i, end: i + 3 + run.length)
        case 0x67:  // g
            guard length >= 30 else { return nil }
            if hasPrefix("github_pat_", at: i) {
                let run = keyRun(i + 11, ASCII.isWord)
                return run.length >= 22 ? Match(kind: .secret, start: i, end: i + 11 + run.length) : nil
            }
            switch at(i + 2) {
            case 0x70, 0x6F, 0x75, 0x73, 0x72:  // p o u s r
                guard at(i + 1) == 0x68, at(i + 3) == ASCII.underscore else { return nil }
                let run = keyRun(i + 4, ASCII.isAlnum)
                return run.length >= 30 ? Match(kind: .secret, start: i, end: i + 4 + run.length) : nil
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// Matches a PEM private key at the `-` at `i`: a `-----BEGIN … PRIVATE KEY-----` line through the
    /// matching `-----END … PRIVATE KEY-----` (RFC 7468 §2), or to the end of the text when the END
    /// line is missing.
    func matchPEM(at i: Int) -> Int? {
        guard hasPrefix("-----BEGIN ", at: i) else { return nil }
        var j = i + 11
        while ASCII.isUpper(at(j)) || ASCII.isDigit(at(j)) || at(j) == ASCII.space { j += 1 }
        // The label (`RSA PRIVATE KEY`, `PRIVATE KEY`, `OPENSSH PRIVATE KEY`…) must end in `PRIVATE KEY`.
        guard j - 11 >= i + 11, hasPrefix("PRIVATE KEY-----", at: j - 11) else { return nil }
        var k = j + 5
        let n = bytes.count
        while k < n {
            if bytes[k] == ASCII.minus, hasPrefix("-----END ", at: k) {
                var m = k + 9
                while m < n, bytes[m] != ASCII.newline, m - k < 80 {
                    if hasPrefix("-----", at: m) { return m + 5 }
                    m += 1
                }
                return m
            }
            k += 1
        }
        return n
    }

    /// Matches the token after `Bearer` at `i`.
    private func matchBearer(at i: Int) -> Match? {
        guard hasPrefix("earer", at: i + 1, ignoringCase: true) else { return nil }
        var j = i + 6
        guard at(j) == ASCII.space || at(j) == ASCII.tab else { return nil }
        while at(j) == ASCII.space || at(j) == ASCII.tab { j += 1 }
        let run = keyRun(j) { b in
            ASCII.isWord(b) || b == ASCII.dot || b == ASCII.minus || b == ASCII.plus || b == ASCII.slash
                || b == 0x7E || b == 0x3D  // ~ =
        }
        guard run.length >= 16, run.digits > 0 || (run.upper > 0 && run.lower > 0) else { return nil }
        return Match(kind: .secret, start: j, end: j + run.length)
    }

    /// Whether the ASCII `prefix` occurs at `i` (case-insensitively for letters when asked).
    func hasPrefix(_ prefix: StaticString, at i: Int, ignoringCase: Bool = false) -> Bool {
        let p = prefix.utf8Start
        for k in 0..<prefix.utf8CodeUnitCount {
            let expected = p[k]
            let actual = at(i + k)
            if actual == expected { continue }
            if ignoringCase, ASCII.isLetter(expected), actual | 0x20 == expected | 0x20 { continue }
            return false
        }
        return true
    }

    /// The run of bytes accepted by `accepts` at `i`.
    private func keyRun(_ i: Int, _ accepts: (UInt8) -> Bool) -> KeyRun {
        var run = KeyRun()
        while true {
            let b = at(i + run.length)
            guard b != 0, accepts(b) else { break }
            if ASCII.isDigit(b) {
                run.digits += 1
            } else if ASCII.isUpper(b) {
                run.upper += 1
            } else if ASCII.isLower(b) {
                run.lower += 1
            }
            run.length += 1
        }
        return run
    }
}

/// The length and character mix of a key-like run of bytes.
private struct KeyRun {
    var length = 0
    var digits = 0
    var upper = 0
    var lower = 0
    var letters: Int { upper + lower }
}
