import Hummingbird
import Logging
import NIOPosix
import ProxyConfig
import ServiceLifecycle
import UpstreamClient

extension OutriggerProxy {
    /// The clients that reach intercepted hosts without `/etc/hosts`; the plain listener uses
    /// them too, for base URLs that name those hosts.
    static func interceptionRouting(
        _ setup: InterceptionSetup, clientSettings: UpstreamClientSettings, eventLoopGroup: MultiThreadedEventLoopGroup
    ) -> InterceptionRouting {
        let upstreams = InterceptedUpstreams(
            settings: clientSettings, eventLoopGroup: eventLoopGroup, port: setup.upstreamPort,
            extraRootsFile: setup.upstreamCAFile, resolve: setup.resolve
        )
        return InterceptionRouting(hosts: setup.hosts, upstreams: upstreams, routesByAuthority: false)
    }

    /// The interception listener (`tls.listen`) and the clients it forwards with, as services:
    /// the clients close after the listener stopped (reverse order).
    static func interceptionServices(
        _ setup: InterceptionSetup, responder: ProxyResponder, configuration: ProxyConfiguration,
        eventLoopGroup: MultiThreadedEventLoopGroup, readiness: Readiness, ports: ListeningPorts,
        limiter: ConnectionLimiter, logger: Logger
    ) -> [any Service] {
        guard var routing = responder.interception else { return [] }
        routing.routesByAuthority = true
        let upstreams = routing.upstreams
        var responder = responder
        responder.interception = routing
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
