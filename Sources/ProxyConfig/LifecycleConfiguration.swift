/// How the process starts, reloads and stops under an orchestrator. YAML section `lifecycle`.
package struct LifecycleConfiguration: Sendable, Equatable {
    /// On SIGTERM, open calls and streams may run this long; then they are cut (outcome `timeout`)
    /// and the exporters flush. Keep it below the pod's `terminationGracePeriodSeconds`.
    /// YAML `shutdown_grace_period`, default `25s`.
    package var shutdownGracePeriod: Duration
    /// How often the config file is checked for changes (a ConfigMap update); `0s` turns the
    /// check off and leaves SIGHUP. YAML `config_watch_interval`, default `5s`.
    package var configWatchInterval: Duration

    package init(shutdownGracePeriod: Duration = .seconds(25), configWatchInterval: Duration = .seconds(5)) {
        self.shutdownGracePeriod = shutdownGracePeriod
        self.configWatchInterval = configWatchInterval
    }

    package static let `default` = LifecycleConfiguration()
}

extension LifecycleConfiguration: ConfigSection {
    /// Reads the `lifecycle` section.
    init(reading reader: ConfigReader) {
        let defaults = Self.default
        self.init(
            shutdownGracePeriod: reader.duration(
                "shutdown_grace_period", default: defaults.shutdownGracePeriod, in: .milliseconds(1)...(.seconds(3600))
            ),
            configWatchInterval: reader.duration(
                "config_watch_interval", default: defaults.configWatchInterval, in: .seconds(0)...(.seconds(3600))
            )
        )
    }
}
