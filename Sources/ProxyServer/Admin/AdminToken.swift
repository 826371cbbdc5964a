import LocalFiles
package import ProxyConfig
import ProxyCore

/// The bearer token that guards the admin API: from `admin.token_file` or the variable named by
/// `admin.token_env`. Never logged, never part of a description.
package struct AdminToken: Sendable {
    private let bytes: [UInt8]

    /// A token from its text, without surrounding whitespace; nil when nothing is left.
    package init?(_ text: some StringProtocol) {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        bytes = Array(trimmed.utf8)
    }

    /// Loads the configured token, or nil when none is configured and none is needed.
    /// - Parameters:
    ///   - admin: the `admin` section.
    ///   - environment: the process environment.
    /// - Throws: ``AdminTokenError`` when the file cannot be read or is empty, or when the
    ///   listener is exposed without a token (``AdminConfiguration/exposureProblem(environment:)``).
    package static func load(_ admin: AdminConfiguration, environment: [String: String]) throws(AdminTokenError) -> AdminToken? {
        if let problem = admin.exposureProblem(environment: environment) { throw AdminTokenError(problem) }
        switch admin.tokenSource(environment: environment) {
        case nil:
            return nil
        case .value(let value):
            guard let token = AdminToken(value) else { throw AdminTokenError("\(admin.tokenEnv) holds only whitespace; put the token in it") }
            return token
        case .file(let path):
            guard let data = FileBytes.read(path, limit: 4096) else {
                throw AdminTokenError("admin.token_file '\(path)' cannot be read; mount the Secret there or fix the path")
            }
            guard let token = AdminToken(String(decoding: data, as: UTF8.self)) else {
                throw AdminTokenError("admin.token_file '\(path)' is empty; write the token into it")
            }
            return token
        }
    }

    /// Whether an `Authorization` header value is `Bearer <this token>`. The comparison takes
    /// the same time whatever the presented token's content (``constantTimeEquals(_:_:)``).
    package func accepts(authorization: String?) -> Bool {
        guard let authorization else { return false }
        let utf8 = authorization.utf8
        let scheme = utf8.prefix(7)
        guard scheme.count == 7, String(decoding: scheme, as: UTF8.self).lowercased() == "bearer " else { return false }
        return Self.constantTimeEquals(Array(utf8.dropFirst(7)), bytes)
    }

    /// Compares every byte of `presented` whatever it holds, so the time taken tells an attacker
    /// nothing about how much of it matched; only its own length shows.
    /// - Parameters:
    ///   - presented: what the client sent.
    ///   - expected: the token; never empty.
    static func constantTimeEquals(_ presented: [UInt8], _ expected: [UInt8]) -> Bool {
        guard !expected.isEmpty else { return false }
        var difference = UInt(bitPattern: presented.count ^ expected.count)
        for index in presented.indices {
            difference |= UInt(presented[index] ^ expected[index % expected.count])
        }
        return difference == 0
    }
}

/// The admin token could not be set up; the message says what to do. `serve` exits with code 64.
package struct AdminTokenError: Error, CustomStringConvertible {
    package let description: String
    init(_ description: String) { self.description = description }
}
