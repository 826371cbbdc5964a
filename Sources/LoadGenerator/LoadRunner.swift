package import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import Synchronization

/// Sends a ``LoadPlan`` open-loop: each request leaves at its planned offset whether or not
/// earlier ones have answered, with at most `concurrency` in flight (a request due while the
/// limit is reached waits for a slot and is counted as behind schedule).
package struct LoadRunner: Sendable {
    /// The traffic base URL (Outrigger's listener), e.g. `http://127.0.0.1:8080`.
    package var target: String
    /// The admin base URL for conversions, e.g. `http://127.0.0.1:9464`; nil skips conversions.
    package var admin: String?
    /// The admin API's bearer token, sent with each conversion; nil sends none.
    package var adminToken: String?
    /// The most requests in flight at once.
    package var concurrency: Int
    /// The client; size its connection pool to `concurrency`.
    package var client: HTTPClient
    /// Per-request deadline.
    package var timeout: Duration = .seconds(60)

    /// A runner.
    /// - Parameters:
    ///   - target: The traffic base URL.
    ///   - admin: The admin base URL, or nil.
    ///   - concurrency: The in-flight limit (at least 1).
    ///   - client: The HTTP client to send with.
    package init(target: String, admin: String?, concurrency: Int, client: HTTPClient) {
        self.target = Self.trimmed(target)
        self.admin = admin.map(Self.trimmed)
        self.concurrency = max(1, concurrency)
        self.client = client
    }

    /// Sends every request of `plan` and reports on the responses. Cancelling the task stops
    /// sending; requests in flight finish and are reported.
    /// - Parameters:
    ///   - plan: The requests.
    package func run(_ plan: LoadPlan) async -> LoadReport {
        var report = LoadReportBuilder(plan: plan, admin: admin != nil)
        let inFlight = InFlightCounter()
        let start = ContinuousClock.now
        await withTaskGroup(of: RequestOutcome.self) { group in
            for request in plan.requests {
                if request.destination == .admin, admin == nil { continue }
                let due = start + request.offset
                do { try await Task.sleep(until: due, clock: .continuous) } catch { break }
                while inFlight.value.load(ordering: .acquiring) >= concurrency, let outcome = await group.next() {
                    report.add(outcome)
                }
                report.started(behind: ContinuousClock.now - due > .milliseconds(100))
                inFlight.value.add(1, ordering: .relaxed)
                group.addTask {
                    defer { inFlight.value.subtract(1, ordering: .releasing) }
                    return await send(request)
                }
            }
            for await outcome in group { report.add(outcome) }
        }
        return report.finish(elapsed: ContinuousClock.now - start)
    }

    private func send(_ planned: PlannedRequest) async -> RequestOutcome {
        let base = planned.destination == .admin ? admin ?? target : target
        var request = HTTPClientRequest(url: base + planned.path)
        request.method = .POST
        for header in planned.headers { request.headers.add(name: header.name, value: header.value) }
        if planned.destination == .admin, let adminToken { request.headers.replaceOrAdd(name: "authorization", value: "Bearer " + adminToken) }
        request.body = .bytes(ByteBuffer(string: planned.body))
        var outcome = RequestOutcome(kind: planned.kind, destination: planned.destination, burst: planned.burst, latency: .zero)
        let sent = ContinuousClock.now
        do {
            let response = try await client.execute(request, timeout: .init(timeout))
            outcome.status = Int(response.status.code)
            outcome.hallucinated = !(response.headers.first(name: "x-mock-hallucinated") ?? "").isEmpty
            outcome.faults = (response.headers.first(name: "x-mock-faults") ?? "").split(separator: ",").map { String($0) }
            outcome.outriggerError = response.headers.first(name: "x-outrigger-error")
            do {
                for try await _ in response.body {}
            } catch {
                outcome.error = "body: " + Self.label(error)
            }
        } catch {
            outcome.error = Self.label(error)
        }
        outcome.latency = ContinuousClock.now - sent
        return outcome
    }

    /// A short, stable label for a transport error.
    static func label(_ error: any Error) -> String {
        if let error = error as? HTTPClientError { return error.shortDescription }
        let text = String(describing: error)
        return text.count > 80 ? String(text.prefix(80)) + "…" : text
    }

    static func trimmed(_ url: String) -> String {
        url.hasSuffix("/") ? String(url.dropLast()) : url
    }
}

/// The number of requests in flight, shared with the tasks that send them.
final class InFlightCounter: Sendable {
    let value = Atomic<Int>(0)
}
