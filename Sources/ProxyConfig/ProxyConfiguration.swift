package import Grounding

/// Everything Outrigger reads from its configuration file.
///
/// Load it with ``load(path:)`` or ``load(yaml:source:)``, then apply the environment with
/// ``applyingEnvironment(_:)``. Without a file, ``default`` applies. `config/outrigger.yaml`
/// documents every key with its default value; a test keeps that file equal to ``default``.
package struct ProxyConfiguration: Sendable, Equatable {
    /// Where the proxy accepts LLM traffic.
    /// YAML `listen`, default `0.0.0.0:8080`, env `OUTRIGGER_LISTEN`.
    package var listen: ListenAddress
    /// The admin listener (health, readiness, status and recent calls). YAML `admin`.
    package var admin: AdminConfiguration
    /// The name of the service whose LLM traffic this proxy carries, used as the `llm_service` tag.
    /// YAML `service_name`, default `llm-service`, env `OUTRIGGER_SERVICE_NAME`.
    package var serviceName: String
    /// Where requests are forwarded, and how. YAML `upstream`.
    package var upstream: UpstreamConfiguration
    /// Size limits on request and response bodies. YAML `limits`.
    package var limits: LimitsConfiguration
    /// Log level and format. YAML `logging`.
    package var logging: LoggingConfiguration
    /// Which telemetry goes to the Datadog Agent. YAML `datadog`.
    package var datadog: DatadogConfiguration
    /// How end-user sessions are recognised. YAML `sessions`.
    package var sessions: SessionsConfiguration
    /// Prices per model. YAML `pricing`.
    package var pricing: PricingConfiguration
    /// Cost insights. YAML `insights`.
    package var insights: InsightsConfiguration
    /// Prompt-injection scoring, block policy and personal data. YAML `guards`.
    package var guards: GuardsConfiguration
    /// The product catalog and the checks of answers against it. YAML `catalog`.
    package var catalog: CatalogConfiguration
    /// The answer quality score's weights and thresholds. YAML `quality`.
    package var quality: QualityConfiguration = .default
    /// The detection rules, their notifiers and state file. YAML `rules`.
    package var rules: RulesConfiguration = .default
    /// The transparent TLS interception listener. YAML `tls`.
    package var interception: InterceptionConfiguration = .default
    /// Shutdown grace period and config reload. YAML `lifecycle`.
    package var lifecycle: LifecycleConfiguration

    /// Creates a configuration; every parameter defaults to its documented default.
    package init(
        listen: ListenAddress = ListenAddress(host: "0.0.0.0", port: 8080),
        admin: AdminConfiguration = .default,
        serviceName: String = "llm-service",
        upstream: UpstreamConfiguration = .default,
        limits: LimitsConfiguration = .default,
        logging: LoggingConfiguration = .default,
        datadog: DatadogConfiguration = .default,
        sessions: SessionsConfiguration = .default,
        pricing: PricingConfiguration = .default,
        insights: InsightsConfiguration = .default,
        guards: GuardsConfiguration = .default,
        catalog: CatalogConfiguration = .default,
        lifecycle: LifecycleConfiguration = .default
    ) {
        self.listen = listen
        self.admin = admin
        self.serviceName = serviceName
        self.upstream = upstream
        self.limits = limits
        self.logging = logging
        self.datadog = datadog
        self.sessions = sessions
        self.pricing = pricing
        self.insights = insights
        self.guards = guards
        self.catalog = catalog
        self.lifecycle = lifecycle
    }

    /// The configuration used without a file; `config/outrigger.yaml` spells it out.
    package static let `default` = ProxyConfiguration()
}
