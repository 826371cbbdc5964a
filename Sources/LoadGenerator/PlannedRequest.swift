/// One request of a ``LoadPlan``: when to send it, where, and what.
package struct PlannedRequest: Sendable, Equatable {
    /// Which listener the request goes to.
    package enum Destination: String, Sendable, Codable {
        /// The traffic port (`--target`): a Gemini or Vertex generation call.
        case traffic
        /// The admin port (`--admin`): `POST /v1/conversions`.
        case admin
    }

    /// What the request exercises, for the report and the tests.
    package enum Kind: String, Sendable, Codable, CaseIterable {
        /// A benign shop prompt.
        case benign
        /// A prompt-injection attempt.
        case attack
        /// A junk or off-topic prompt (quality scenario).
        case junk
        /// An order posted to `/v1/conversions`.
        case conversion
    }

    /// When to send, from the start of the run.
    package var offset: Duration
    /// The scenario (the phase, for `full`) that planned it.
    package var scenario: Scenario
    package var destination: Destination
    package var kind: Kind
    /// The path and query, e.g. `/v1beta/models/gemini-2.5-flash:generateContent`.
    package var path: String
    /// Request headers (content type, API key, `x-session-id`, `x-mock-behavior`).
    package var headers: [(name: String, value: String)]
    /// The JSON body.
    package var body: String
    /// The end-user session, sent as `x-session-id` (and in a conversion's body).
    package var session: String
    /// Whether this request belongs to a burst of attacks from one session.
    package var burst: Bool = false

    /// Whether the response streams (`:streamGenerateContent`).
    package var streams: Bool { path.contains(":streamGenerateContent") }

    /// The value of header `name` (case-insensitive), if present.
    /// - Parameters:
    ///   - name: The header name.
    package func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    package static func == (lhs: PlannedRequest, rhs: PlannedRequest) -> Bool {
        lhs.offset == rhs.offset && lhs.scenario == rhs.scenario && lhs.destination == rhs.destination
            && lhs.kind == rhs.kind && lhs.path == rhs.path && lhs.body == rhs.body && lhs.session == rhs.session
            && lhs.burst == rhs.burst && lhs.headers.map { "\($0.name): \($0.value)" } == rhs.headers.map { "\($0.name): \($0.value)" }
    }
}
