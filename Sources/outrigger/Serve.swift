import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoreMetrics
import DatadogExport
import Logging
import NIOCore
import ProxyConfig
import ProxyServer
import ServiceLifecycle
import UnixSignals

/// `outrigger serve`: run the proxy until SIGTERM or SIGINT.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the proxy. Without --config, the documented defaults are used."
    )

    @Option(help: "Path to the YAML config file (see config/outrigger.yaml).")
    var config: String?

    @Option(help: "Traffic listener, host:port (overrides `listen`).")
    var listen: String?

    @Option(name: .customLong("admin-listen"), help: "Admin listener, host:port (overrides `admin.listen`).")
    var adminListen: String?

    @Option(help: "Send all traffic to this base URL, e.g. http://127.0.0.1:8089 (overrides every `upstream.*_url`).")
    var upstream: String?

    func run() async throws {
        var configuration = try ConfigLoading.load(path: config)
        if let listen { configuration.listen = try ConfigLoading.listenAddress(listen, flag: "--listen") }
        if let adminListen { configuration.admin.listen = try ConfigLoading.listenAddress(adminListen, flag: "--admin-listen") }
        if let upstream {
            do {
                _ = try UpstreamConfiguration.validatedBaseURL(upstream)
            } catch {
                printError("--upstream: \(error)")
                throw ExitCode(64)
            }
        }
        configuration = applyFlags(to: configuration)
        let dogStatsD: DogStatsDConfiguration
        do {
            dogStatsD = try DogStatsDConfiguration(
                environment: ConfigLoading.currentEnvironment(), defaultService: configuration.serviceName
            )
        } catch {
            printError(error.description)
            throw ExitCode(64)
        }
        let adminToken: AdminToken?
        do {
            adminToken = try AdminToken.load(configuration.admin, environment: ConfigLoading.currentEnvironment())
        } catch {
            printError(error.description)
            throw ExitCode(64)
        }
        let logger = LoggingSetup.bootstrap(configuration.logging, label: "outrigger", service: configuration.serviceName)
        let listenHost = configuration.listen.host
        let adminHost = configuration.admin.listen.host
        let environment = ConfigLoading.currentEnvironment()
        var traces = TraceWriterConfiguration(
            environment: environment, defaultService: configuration.serviceName, socketExists: socketExists
        )
        traces.maxQueueBytes = configuration.datadog.exportQueueBytes
        let llmObs = LLMObsWriterConfiguration(
            agentURL: traces.agentURL,
            mlApp: configuration.datadog.llmobs.mlApp.isEmpty ? configuration.serviceName : configuration.datadog.llmobs.mlApp,
            maxQueueBytes: configuration.datadog.exportQueueBytes
        )
        let interception: InterceptionSetup?
        do {
            interception = try InterceptionSetup.prepare(configuration.interception, logger: logger)
        } catch {
            printError(error.description)
            throw ExitCode(64)
        }
        let proxy = OutriggerProxy(
            configuration: configuration, logger: logger,
            dogStatsD: configuration.datadog.metrics ? dogStatsD : nil,
            traces: configuration.datadog.traces ? traces : nil,
            llmObs: configuration.datadog.llmobs.enabled ? llmObs : nil,
            environment: environment,
            injectionAssessor: GuardScoring.assessor(for: configuration.guards),
            assessorForReload: { GuardScoring.assessor(for: $0) },
            adminToken: adminToken,
            configPath: config,
            reloadConfiguration: reloadFunction(),
            interception: interception
        ) { traffic, admin in
            printLine("outrigger traffic listening on http://\(listenHost):\(traffic)")
            printLine("outrigger admin listening on http://\(adminHost):\(admin)")
        }
        if let listen = configuration.interception.listen {
            let ports = proxy.ports
            Task {
                let port = await ports.waitForInterception()
                printLine("outrigger interception (TLS) listening on \(listen.host):\(port)")
            }
        }
        if let client = proxy.dogStatsDClient {
            // Libraries that report through swift-metrics reach the Agent the same way.
            MetricsSystem.bootstrap(DogStatsDMetricsFactory(client: client))
        }
        let group = ServiceGroup(
            configuration: .init(
                services: proxy.services.map { .init(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            ).withBackstop(after: configuration.lifecycle.shutdownGracePeriod)
        )
        do {
            try await group.run()
        } catch {
            if let hint = Self.bindHint(error, configuration) { printError(hint) }
            throw error
        }
    }

    /// What to do when a listener could not bind: a port below 1024 without the right to it, or a port in use.
    static func bindHint(_ error: any Error, _ configuration: ProxyConfiguration) -> String? {
        guard let io = error as? IOError else { return nil }
        let addresses = [
            "listen \(configuration.listen)", "admin.listen \(configuration.admin.listen)",
        ] + (configuration.interception.listen.map { ["tls.listen \($0)"] } ?? [])
        switch io.errnoCode {
        case EACCES:
            return "could not bind one of \(addresses.joined(separator: ", ")): permission denied. Ports below 1024 need "
                + "root, or the pod sysctl net.ipv4.ip_unprivileged_port_start (deploy/README.md, \"Port 443\")."
        case EADDRINUSE:
            return "could not bind one of \(addresses.joined(separator: ", ")): the address is in use by another process."
        default:
            return nil
        }
    }
}

extension Serve {
    /// The command-line overrides, applied to the file's configuration (again on every reload).
    func applyFlags(to configuration: ProxyConfiguration) -> ProxyConfiguration {
        var configuration = configuration
        if let listen, let address = try? ListenAddress(parsing: listen) { configuration.listen = address }
        if let adminListen, let address = try? ListenAddress(parsing: adminListen) { configuration.admin.listen = address }
        if let upstream { configuration.upstream.overrideAll(with: upstream) }
        return configuration
    }

    /// Reads the file again as start-up did: file, then environment, then flags.
    func reloadFunction() -> (@Sendable () throws(ConfigurationError) -> ProxyConfiguration)? {
        guard let config else { return nil }
        let command = self
        return { () throws(ConfigurationError) in
            let base = try ProxyConfiguration.load(path: config)
            return command.applyFlags(to: try base.applyingEnvironment(ConfigLoading.currentEnvironment()))
        }
    }
}

extension ServiceGroupConfiguration {
    /// Cancels whatever is still running a few seconds after the grace period (a stream that
    /// stays silent cannot notice the deadline itself), leaving the exporters time to flush.
    func withBackstop(after gracePeriod: Duration) -> Self {
        var configuration = self
        configuration.maximumGracefulShutdownDuration = gracePeriod + .seconds(10)
        return configuration
    }
}

/// Whether a Unix socket (or any file) exists at `path`, for the Agent's default APM socket.
func socketExists(_ path: String) -> Bool {
    access(path, F_OK) == 0
}
