extension ProxyConfiguration: ConfigSection {
    /// Reads the top level of the configuration file.
    init(reading reader: ConfigReader) {
        let defaults = Self.default
        self.init(
            listen: reader.parsed(
                "listen", default: defaults.listen, expected: "a listen address like '0.0.0.0:8080'",
                ListenAddress.init(parsing:)
            ),
            admin: reader.section("admin"),
            serviceName: reader.parsed(
                "service_name", default: defaults.serviceName, expected: "a service name",
                Self.validServiceName
            ),
            upstream: reader.section("upstream"),
            limits: reader.section("limits"),
            logging: reader.section("logging"),
            datadog: reader.section("datadog"),
            sessions: reader.section("sessions"),
            pricing: reader.section("pricing"),
            insights: reader.section("insights"),
            guards: reader.section("guards"),
            catalog: reader.section("catalog"),
            lifecycle: reader.section("lifecycle")
        )
        quality = reader.section("quality")
        rules = reader.section("rules")
        interception = reader.section("tls")
    }

    /// Returns `name` if it can be a Datadog tag value: 1...200 characters, letters, digits
    /// and `_ - . / :`. Datadog lowercases tag values.
    /// - Parameters:
    ///   - name: The service name.
    static func validServiceName(_ name: String) throws(ConfigValueError) -> String {
        guard !name.isEmpty, name.count <= 200 else {
            throw .invalidValue("invalid service name '\(name)': it must have 1 to 200 characters")
        }
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_-./:".contains($0)) }) else {
            throw .invalidValue(
                "invalid service name '\(name)': use only letters, digits, '_', '-', '.', '/' and ':'"
            )
        }
        return name
    }
}
