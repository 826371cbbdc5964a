import Logging
import ProxyConfig
import ProxyServer

/// Configures swift-log once per process from the `logging` section.
enum LoggingSetup {
    static func bootstrap(_ settings: LoggingConfiguration, label: String) -> Logger {
        let level = Logger.Level(rawValue: settings.level.rawValue) ?? .info
        let json = settings.format == .json
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler = json ? JSONLogHandler(label: label) : StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        return Logger(label: label)
    }
}
