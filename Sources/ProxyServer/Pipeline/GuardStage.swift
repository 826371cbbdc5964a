import DatadogExport
import GeminiWire
import Guards
import JSON
import Ledger
import NIOCore
import ProxyConfig
import ProxyCore
import Synchronization

/// The guards in the proxy: injection scoring and personal-data counts for every generation call,
/// a block decision on the request path when the policy is `block`, inline prompt redaction when
/// asked, and per-session tracking of suspicious requests.
final class GuardStage: Sendable {
    /// The section this stage was built from (a reload compares against it).
    let configuration: GuardsConfiguration
    let promptGuard: PromptGuard
    let blocking: Bool
    let redactPrompts: Bool
    let disabled: Set<String>
    private let blockStatus: Int
    /// Scores at or above this (and the policy threshold) are blocked in `block` mode.
    private let blockThreshold: Double
    private let blockMessage: String
    private let sessions: Mutex<SuspiciousSessions>
    private let resolver: SessionResolver

    init(configuration: GuardsConfiguration, assessor: any InjectionAssessor, resolver: SessionResolver) {
        self.configuration = configuration
        let policy = configuration.policy
        promptGuard = PromptGuard(
            selector: PromptTextSelector(markers: configuration.userTextMarkers), assessor: assessor, policy: policy
        )
        blocking = policy.mode == .block
        redactPrompts = configuration.redactPrompts
        disabled = Set(configuration.disabledCategories)
        blockStatus = policy.blockStatus
        blockThreshold = policy.blockThreshold ?? policy.threshold
        blockMessage = policy.blockMessage
        sessions = Mutex(
            SuspiciousSessions(
                limit: policy.sessionLimit, window: policy.sessionWindow,
                cooldown: blocking ? policy.sessionCooldown : .zero
            )
        )
        self.resolver = resolver
    }

    /// Whether the request path has to look at bodies (block mode or inline redaction).
    var screensInline: Bool { blocking || redactPrompts }

    /// The request as sent, for prompt redaction to rewrite.
    enum RedactableRequest {
        case json(JSONValue)
        /// One gRPC request message (unframed, decompressed) and its route.
        case grpc(message: [UInt8], route: Route)
    }

    /// What the request path decided.
    struct Screening: Sendable {
        var findings: SecurityFindings
        /// Answer with this instead of calling Google.
        var block: GoogleErrorBody?
        /// Send this body instead of the client's (prompt redaction).
        var body: ByteBuffer?
        /// The prompt read from the client's body, so the call processor need not parse it again.
        var prompt: PromptSummary
    }

    /// Screens a generation request on the request path; nil when the body is not JSON (it is
    /// then forwarded untouched, and recorded as unparsed).
    func screen(body: ByteBuffer, sessionHeader: String?) -> Screening? {
        guard let request = body.withUnsafeReadableBytes({ try? JSONParser.parse($0) }) else { return nil }
        return screen(PromptExtractor.summary(of: request), request: .json(request), sessionHeader: sessionHeader)
    }

    /// Screens a prompt already decoded (a gRPC message, or the JSON `request`). Redaction
    /// rewrites `request`; without it the body is forwarded as it came.
    func screen(_ prompt: PromptSummary, request: RedactableRequest?, sessionHeader: String?) -> Screening {
        var findings = inspect(prompt)
        let session = resolver.resolve(header: sessionHeader, labels: prompt.labels)
        var screening = Screening(findings: findings, prompt: prompt)
        if let session {
            let status = sessions.withLock { $0.record(session, suspicious: findings.isInjection, now: .now) }
            findings.sessionFlagged = status.newlyFlagged
            if blocking, status.blocked, !findings.isInjection {
                findings.blockReason = "session_blocked"
            }
        }
        if blocking, findings.isInjection, (findings.injectionScore ?? 0) >= blockThreshold {
            findings.blockReason = "prompt_injection"
        }
        if let reason = findings.blockReason {
            screening.block = GoogleErrorBody(
                code: blockStatus, status: blockStatus == 429 ? "RESOURCE_EXHAUSTED" : "INVALID_ARGUMENT",
                message: blockMessage, reason: reason.uppercased()
            )
        } else if redactPrompts, !findings.promptPII.isEmpty, let request {
            screening.body = Self.redacted(request)
        }
        screening.findings = findings
        return screening
    }

    /// The request with personal data masked in the user's text; nil when nothing changed. A gRPC
    /// message goes out uncompressed (flag 0), which gRPC allows whatever `grpc-encoding` says.
    private static func redacted(_ request: RedactableRequest) -> ByteBuffer? {
        switch request {
        case .json(let json):
            return ByteBuffer(string: PromptRedaction.redactUserText(json, redact: PIIRedaction.redact).compactText)
        case .grpc(let message, let route):
            guard let rewritten = try? GRPCPromptRedaction.redactUserText(
                message, dialect: route.dialect, operation: route.operation, redact: PIIRedaction.redact
            ) else { return nil }
            return ByteBuffer(bytes: GRPCMessageFramer.frame(rewritten))
        }
    }

    /// Findings for a finished call: the request path's when it screened, otherwise scored now
    /// (observe mode, off the request path), plus personal data in the answer.
    func findings(for record: CallRecord, screened: SecurityFindings?) -> SecurityFindings? {
        guard record.operation.isGeneration else { return nil }
        var findings: SecurityFindings
        if let screened {
            findings = screened
        } else if let prompt = record.prompt {
            findings = inspect(prompt)
            if let session = record.sessionID {
                let status = sessions.withLock { $0.record(session, suspicious: findings.isInjection, now: .now) }
                findings.sessionFlagged = status.newlyFlagged
            }
        } else {
            return nil
        }
        if let text = record.response?.text, !text.isEmpty { findings.responsePII = promptGuard.responsePII(text) }
        return findings
    }

    /// The guard's findings with disabled categories removed (their scores no longer count).
    private func inspect(_ prompt: PromptSummary) -> SecurityFindings {
        var findings = promptGuard.inspect(prompt)
        if !disabled.isEmpty {
            findings.categories.removeAll { disabled.contains($0) }
            if findings.isInjection, findings.categories.isEmpty {
                findings.isInjection = false
                findings.evidence = []
            }
        }
        return findings
    }
}
