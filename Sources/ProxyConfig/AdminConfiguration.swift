/// The admin listener: health, readiness, status and the most recent calls. YAML section `admin`.
package struct AdminConfiguration: Sendable, Equatable {
    /// Where the admin endpoint listens; keep it off public interfaces.
    /// YAML `admin.listen`, default `127.0.0.1:9464`, env `OUTRIGGER_ADMIN_LISTEN`.
    package var listen: ListenAddress
    /// How many recent calls the status page keeps, 0...10000; 0 keeps none.
    /// YAML `admin.recent_calls`, default `100`.
    package var recentCalls: Int

    /// Creates an admin configuration; every parameter defaults to its documented default.
    package init(listen: ListenAddress = ListenAddress(host: "127.0.0.1", port: 9464), recentCalls: Int = 100) {
        self.listen = listen
        self.recentCalls = recentCalls
    }

    /// `127.0.0.1:9464`, 100 recent calls.
    package static let `default` = AdminConfiguration()
}
