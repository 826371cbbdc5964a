import DatadogExport
import ProxyCore
import Synchronization

/// Decides when to send the `outrigger.upstream.can_connect` service check: on every change of
/// an upstream host's state, and otherwise at most every `interval`, so the check stays fresh
/// without one datagram per call. Bounded to 64 hosts.
final class UpstreamConnectivity: Sendable {
    private struct HostState {
        var status: DogStatsDServiceCheck.Status
        var sentAt: ContinuousClock.Instant
    }

    private let hosts = Mutex<[String: HostState]>([:])
    let interval: Duration

    init(interval: Duration = .seconds(15)) {
        self.interval = interval
    }

    /// The status to send now for `host` after a call with `outcome`, or nil to send nothing.
    func update(host: String, outcome: CallOutcome, now: ContinuousClock.Instant) -> DogStatsDServiceCheck.Status? {
        // Any answer from the upstream, even an error status, means it could be reached. Calls that
        // never reached it (too large, client gone) or whose timeout is ambiguous say nothing.
        let status: DogStatsDServiceCheck.Status
        switch outcome {
        case .connectFailed: status = .critical
        case .ok, .upstreamError, .streamError: status = .ok
        case .timeout, .tooLarge, .overloaded, .clientDisconnected, .proxyError, .blocked, .rejected: return nil
        }
        return hosts.withLock { hosts in
            if let previous = hosts[host], previous.status == status, now - previous.sentAt < interval { return nil }
            if hosts[host] == nil, hosts.count >= 64 { return nil }
            hosts[host] = HostState(status: status, sentAt: now)
            return status
        }
    }
}
