import Hummingbird
import Logging
import NIOPosix
import ProxyConfig
import ServiceLifecycle
import UpstreamClient

extension OutriggerProxy {
    /// The interception listener (`tls.listen`) and the clients it forwards with, as services:
    /// the clients close after the listener stopped (reverse order).
    static func interceptionServices(
        _ setup: InterceptionSetup, responder: ProxyResponder, configuration: ProxyConfiguration,
        clientSettings: UpstreamClientSettings, eventLoopGroup: MultiThreadedEventLoopGroup,
        readiness: Readiness, ports: ListeningPorts, limiter: ConnectionLimiter, logger: Logger
    ) -> [any Service] {
        let upstreams = InterceptedUpstreams(
            settings: clientSettings, eventLoopGroup: eventLoopGroup, port: setup.upstreamPort,
            extraRootsFile: setup.upstreamCAFile, resolve: setup.resolve
        )
        var responder = responder
        responder.interception = InterceptionRouting(hosts: setup.hosts, upstreams: upstreams)
        var interceptionLogger = logger
        interceptionLogger[metadataKey: "component"] = "interception"
        readiness.waitForInterception()
        let listener = Application(
            responder: responder,
            server: .interception(certificates: setup.certificates, limits: configuration.limits, limiter: limiter),
            configuration: .init(address: .hostname(setup.listen.host, port: setup.listen.port), serverName: nil),
            onServerRunning: { channel in
                ports.setInterception(channel.localAddress?.port ?? 0)
                readiness.markInterceptionListening()
            },
            eventLoopGroupProvider: .shared(eventLoopGroup),
            logger: interceptionLogger
        )
        return [InterceptedUpstreamsService(upstreams: upstreams), listener]
    }
}

/// Closes the interception clients once the listener has stopped.
struct InterceptedUpstreamsService: Service {
    let upstreams: InterceptedUpstreams

    func run() async throws {
        try? await gracefulShutdown()
        await upstreams.shutdown()
    }
}
