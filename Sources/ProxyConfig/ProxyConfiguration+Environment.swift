extension ProxyConfiguration {
    /// Returns this configuration with the documented environment variables applied.
    ///
    /// Only these variables are read; an empty one counts as unset:
    /// - `OUTRIGGER_LISTEN`: `listen`, e.g. `0.0.0.0:8080`.
    /// - `OUTRIGGER_ADMIN_LISTEN`: `admin.listen`, e.g. `127.0.0.1:9464`.
    /// - `OUTRIGGER_ADMIN_TOKEN_FILE`: `admin.token_file`.
    /// - `OUTRIGGER_SERVICE_NAME`: `service_name`.
    /// - `OUTRIGGER_UPSTREAM`: every upstream URL at once (``UpstreamConfiguration/overrideAll(with:)``),
    ///   e.g. `http://127.0.0.1:9000` for a mock.
    /// - `OUTRIGGER_LOG_LEVEL`: `logging.level`, e.g. `debug`.
    /// - `DD_TRACE_ENABLED`: `false` (or `0`) turns `datadog.traces` off, as in Datadog's tracers.
    /// - `DD_LLMOBS_ENABLED`: `false` (or `0`) turns `datadog.llmobs.enabled` off.
    /// - `DD_LLMOBS_ML_APP`: `datadog.llmobs.ml_app`.
    /// - Parameters:
    ///   - environment: The process environment, or any other name-to-value map.
    /// - Throws: ``ConfigurationError`` with one problem per variable whose value cannot be used;
    ///   the source is `environment` and the key path is the variable's name.
    package func applyingEnvironment(_ environment: [String: String]) throws(ConfigurationError) -> ProxyConfiguration {
        let log = ConfigProblemLog(source: "environment")
        var configuration = self

        /// Parses the variable `name` if it is set and not empty, recording a problem if it does not parse.
        func value<Value>(_ name: String, _ parse: (String) throws(ConfigValueError) -> Value) -> Value? {
            guard let text = environment[name], !text.isEmpty else { return nil }
            do {
                return try parse(text)
            } catch {
                log.record(keyPath: name, line: nil, error.message)
                return nil
            }
        }

        if let listen = value("OUTRIGGER_LISTEN", ListenAddress.init(parsing:)) {
            configuration.listen = listen
        }
        if let adminListen = value("OUTRIGGER_ADMIN_LISTEN", ListenAddress.init(parsing:)) {
            configuration.admin.listen = adminListen
        }
        if let tokenFile = value("OUTRIGGER_ADMIN_TOKEN_FILE", { (text) throws(ConfigValueError) in text }) {
            configuration.admin.tokenFile = tokenFile
        }
        if let serviceName = value("OUTRIGGER_SERVICE_NAME", Self.validServiceName) {
            configuration.serviceName = serviceName
        }
        if let upstream = value("OUTRIGGER_UPSTREAM", { (text) throws(ConfigValueError) in
            try BaseURL.validate(text, location: .forbidden)
        }) {
            configuration.upstream.overrideAll(with: upstream)
        }
        if let level = value("OUTRIGGER_LOG_LEVEL", LogLevel.init(parsing:)) {
            configuration.logging.level = level
        }
        if let enabled = value("DD_TRACE_ENABLED", Self.parseFlag), !enabled {
            configuration.datadog.traces = false
        }
        if let enabled = value("DD_LLMOBS_ENABLED", Self.parseFlag), !enabled {
            configuration.datadog.llmobs.enabled = false
        }
        if let mlApp = value("DD_LLMOBS_ML_APP", Self.validServiceName) {
            configuration.datadog.llmobs.mlApp = mlApp
        }

        let problems = log.problems
        guard problems.isEmpty else { throw .invalid(problems) }
        return configuration
    }

    /// `true`/`false`/`1`/`0` (case-insensitive), as Datadog's tracers read their flags.
    static func parseFlag(_ text: String) throws(ConfigValueError) -> Bool {
        switch text.lowercased() {
        case "true", "1": true
        case "false", "0": false
        default: throw .invalidValue("expected true or false, got '\(text)'")
        }
    }
}
