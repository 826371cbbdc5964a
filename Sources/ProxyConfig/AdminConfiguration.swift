/// The admin listener: health, readiness, status and the most recent calls. YAML section `admin`.
package struct AdminConfiguration: Sendable, Equatable {
    /// Where the admin endpoint listens; keep it off public interfaces.
    /// YAML `admin.listen`, default `127.0.0.1:9464`, env `OUTRIGGER_ADMIN_LISTEN`.
    package var listen: ListenAddress
    /// How many recent calls the status page keeps, 0...10000; 0 keeps none.
    /// YAML `admin.recent_calls`, default `100`.
    package var recentCalls: Int
    /// A file holding the bearer token every admin endpoint but `/healthz` and `/readyz` then
    /// requires (a mounted Secret); surrounding whitespace is ignored.
    /// YAML `admin.token_file`, default none, env `OUTRIGGER_ADMIN_TOKEN_FILE`.
    package var tokenFile: String?
    /// The environment variable holding the token when `token_file` is not set; unset or empty
    /// means no token. YAML `admin.token_env`, default `OUTRIGGER_ADMIN_TOKEN`.
    package var tokenEnv: String
    /// Listen on a non-loopback address without a token. YAML `admin.allow_unauthenticated`,
    /// default `false`: such a listener is refused at start-up.
    package var allowUnauthenticated: Bool

    /// Creates an admin configuration; every parameter defaults to its documented default.
    package init(
        listen: ListenAddress = ListenAddress(host: "127.0.0.1", port: 9464), recentCalls: Int = 100,
        tokenFile: String? = nil, tokenEnv: String = "OUTRIGGER_ADMIN_TOKEN", allowUnauthenticated: Bool = false
    ) {
        self.listen = listen
        self.recentCalls = recentCalls
        self.tokenFile = tokenFile
        self.tokenEnv = tokenEnv
        self.allowUnauthenticated = allowUnauthenticated
    }

    /// `127.0.0.1:9464`, 100 recent calls, a token only from `OUTRIGGER_ADMIN_TOKEN`.
    package static let `default` = AdminConfiguration()

    /// Where the token comes from.
    package enum TokenSource: Sendable, Equatable {
        /// Read the file at this path.
        case file(String)
        /// This value, taken from the variable named by `token_env`.
        case value(String)
    }

    /// The token's source in `environment`, or nil when no token is configured.
    package func tokenSource(environment: [String: String]) -> TokenSource? {
        if let tokenFile, !tokenFile.isEmpty { return .file(tokenFile) }
        guard let value = environment[tokenEnv], !value.isEmpty else { return nil }
        return .value(value)
    }

    /// Why this admin listener must not start as configured, or nil: a non-loopback address with
    /// no token and no explicit `allow_unauthenticated`.
    package func exposureProblem(environment: [String: String]) -> String? {
        guard !listen.isLoopback, !allowUnauthenticated, tokenSource(environment: environment) == nil else { return nil }
        return "admin.listen \(listen) is not a loopback address, and anyone who reaches it could post conversions, "
            + "acknowledge rules and read call excerpts: set admin.token_file (a mounted Secret) or the \(tokenEnv) "
            + "environment variable, or set admin.allow_unauthenticated: true to accept that"
    }
}
