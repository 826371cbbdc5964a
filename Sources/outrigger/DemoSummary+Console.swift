extension DemoSummary {
    /// What `demo --keep` prints once the burst is summarised: the console, and how to drive it.
    /// - Parameters:
    ///   - trafficPort: the proxy's traffic port.
    ///   - adminPort: the admin port, which serves the console at `/`.
    static func keepRunningHint(trafficPort: Int, adminPort: Int) -> String {
        """
        Servers keep running (Ctrl-C to stop).
          Console:  http://127.0.0.1:\(adminPort)/
          Traffic:  outrigger load --target http://127.0.0.1:\(trafficPort) --admin http://127.0.0.1:\(adminPort) --scenario full --rate 5 --duration 10m
          Status:   curl -s http://127.0.0.1:\(adminPort)/v1/status
        """
    }
}
