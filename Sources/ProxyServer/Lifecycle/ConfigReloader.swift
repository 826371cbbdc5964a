import DatadogExport
import LocalFiles
import Logging
import ProxyConfig
import ServiceLifecycle
import Synchronization
import UnixSignals

/// Reloads the configuration file on SIGHUP and when its contents change (a ConfigMap update
/// swaps the file behind a symlink), and applies what can change while traffic flows.
///
/// A new file is read and validated in full first; a bad one is rejected with every problem
/// (file, line, key) in the log, a Datadog event and `/v1/status`, and the running configuration
/// stays. A good one replaces the reloadable sections at once: `upstream`, `limits`, `guards`
/// and `pricing`. Changes to other sections are logged as needing a restart and are not applied.
final class ConfigReloader: Service, Sendable {
    /// Reads the file again, with the environment and command-line overrides `serve` applied.
    typealias Load = @Sendable () throws(ConfigurationError) -> ProxyConfiguration

    struct Status: Encodable, Sendable {
        var path: String
        var reloads = 0
        var reloadFailures = 0
        var lastError: String?
        var lastReloadAt: Double?
        /// Sections changed in the file that only a restart applies.
        var pendingRestart: [String] = []

        enum CodingKeys: String, CodingKey {
            case path, reloads, reloadFailures = "reload_failures", lastError = "last_error"
            case lastReloadAt = "last_reload_at", pendingRestart = "pending_restart"
        }
    }

    /// The sections a reload applies.
    static let reloadableSections = ["upstream", "limits", "guards", "pricing"]

    private let path: String
    private let load: Load
    private let apply: @Sendable (ProxyConfiguration, _ changed: [String]) -> Void
    private let watchInterval: Duration
    private let statsd: DogStatsDClient?
    private let logger: Logger
    private let state: Mutex<(running: ProxyConfiguration, fingerprint: [UInt8]?, status: Status)>

    /// - Parameters:
    ///   - path: the config file.
    ///   - running: the configuration in force.
    ///   - watchInterval: how often the file is compared with the last one read; zero: SIGHUP only.
    ///   - load: reads and validates the file.
    ///   - apply: installs a new configuration's reloadable parts.
    init(
        path: String, running: ProxyConfiguration, watchInterval: Duration, statsd: DogStatsDClient?, logger: Logger,
        load: @escaping Load, apply: @escaping @Sendable (ProxyConfiguration, _ changed: [String]) -> Void
    ) {
        self.path = path
        self.load = load
        self.apply = apply
        self.watchInterval = watchInterval
        self.statsd = statsd
        var logger = logger
        logger[metadataKey: "component"] = "config"
        self.logger = logger
        state = Mutex((running, Self.fingerprint(of: path), Status(path: path)))
    }

    var status: Status { state.withLock { $0.status } }

    func run() async throws {
        // Both loops end when graceful shutdown begins.
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { tasks in
                tasks.addTask {
                    for await _ in await UnixSignalsSequence(trapping: .sighup) {
                        self.reload(reason: "SIGHUP")
                    }
                }
                if self.watchInterval > .zero {
                    tasks.addTask {
                        while true {
                            do { try await Task.sleep(for: self.watchInterval) } catch { return }
                            if self.fileChanged() { self.reload(reason: "file changed") }
                        }
                    }
                }
                await tasks.waitForAll()
            }
        }
    }

    /// Whether the file's bytes differ from those last read.
    private func fileChanged() -> Bool {
        let now = Self.fingerprint(of: path)
        return state.withLock { $0.fingerprint != now }
    }

    /// Reads, validates and applies the file; keeps the running configuration if it is bad.
    func reload(reason: String) {
        let fingerprint = Self.fingerprint(of: path)
        let new: ProxyConfiguration
        do {
            new = try load()
        } catch {
            let message = error.description
            state.withLock {
                $0.fingerprint = fingerprint
                $0.status.reloadFailures += 1
                $0.status.lastError = message
            }
            logger.error(
                "config reload rejected; the running configuration stays in force",
                metadata: ["reason": .string(reason), "path": .string(path), "problems": .string(message)]
            )
            statsd?.send(
                DogStatsDEvent(
                    title: "Outrigger config reload rejected", text: message, alertType: .error, priority: .normal,
                    aggregationKey: "outrigger-config-reload", tags: ["reload:rejected"]
                )
            )
            return
        }
        let (applied, changed, restartOnly) = state.withLock { s -> (ProxyConfiguration, [String], [String]) in
            var merged = s.running
            merged.upstream = new.upstream
            merged.limits = new.limits
            merged.guards = new.guards
            merged.pricing = new.pricing
            let changed = merged.changedSections(from: s.running)
            let restart = new.changedSections(from: merged)
            s.running = merged
            s.fingerprint = fingerprint
            s.status.reloads += 1
            s.status.lastError = nil
            s.status.lastReloadAt = WallClock.now()
            s.status.pendingRestart = restart
            return (merged, changed, restart)
        }
        apply(applied, changed)
        var metadata: Logger.Metadata = ["reason": .string(reason), "path": .string(path)]
        if !restartOnly.isEmpty {
            metadata["needs_restart"] = .string(restartOnly.joined(separator: ","))
        }
        logger.notice("config reloaded", metadata: metadata)
    }

    /// The file's bytes (nil if unreadable), to notice changes cheaply and exactly.
    static func fingerprint(of path: String) -> [UInt8]? {
        FileBytes.read(path, limit: 4 << 20)
    }
}
