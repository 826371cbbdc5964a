import Logging
import ProxyConfig
import ProxyServer

/// Configures swift-log once per process from the `logging` section.
enum LoggingSetup {
    /// - Parameters:
    ///   - settings: The `logging` section.
    ///   - label: The process's logger label.
    ///   - service: The service name JSON lines carry when DD_SERVICE is unset.
    static func bootstrap(_ settings: LoggingConfiguration, label: String, service: String = "outrigger") -> Logger {
        let level = Logger.Level(rawValue: settings.level.rawValue) ?? .info
        let json = settings.format == .json
        let env = ConfigLoading.currentEnvironment()
        let tags = (
            service: env["DD_SERVICE"].flatMap { $0.isEmpty ? nil : $0 } ?? service,
            env: env["DD_ENV"], version: env["DD_VERSION"]
        )
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler = json
                ? JSONLogHandler(label: label, service: tags.service, env: tags.env, version: tags.version)
                : StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        return Logger(label: label)
    }
}
