import DatadogExport
import ProxyCore
@testable import ProxyServer
import Testing

@Suite("Upstream connectivity service check")
struct UpstreamConnectivityTests {
    @Test func sendsOnChangeAndThenAtMostEveryInterval() {
        let c = UpstreamConnectivity(interval: .seconds(15))
        let t0 = ContinuousClock.now
        #expect(c.update(host: "h", outcome: .ok, now: t0) == .ok)
        #expect(c.update(host: "h", outcome: .upstreamError, now: t0 + .seconds(1)) == nil, "same state within the interval")
        #expect(c.update(host: "h", outcome: .connectFailed, now: t0 + .seconds(2)) == .critical, "a change is sent at once")
        #expect(c.update(host: "h", outcome: .connectFailed, now: t0 + .seconds(3)) == nil)
        #expect(c.update(host: "h", outcome: .connectFailed, now: t0 + .seconds(18)) == .critical, "refreshed after the interval")
        #expect(c.update(host: "h", outcome: .timeout, now: t0 + .seconds(40)) == nil, "ambiguous outcomes say nothing")
        #expect(c.update(host: "other", outcome: .ok, now: t0) == .ok, "hosts are independent")
    }
}

@Suite("BoundedNames")
struct BoundedNamesTests {
    @Test func foldsNamesBeyondTheLimit() {
        let names = BoundedNames(limit: 2, overflow: "other")
        #expect(names.admit("a") == "a")
        #expect(names.admit("b") == "b")
        #expect(names.admit("c") == "other")
        #expect(names.admit("a") == "a", "known names stay themselves")
    }
}
