/// What a guard does with what it finds.
package struct GuardPolicy: Sendable, Equatable {
    package enum Mode: String, Sendable, Equatable, CaseIterable {
        /// Score, tag and export; never stop a request.
        case observe
        /// Answer requests above the threshold without calling Google.
        case block
    }

    package var mode: Mode
    /// Scores at or above this are injections (0…1).
    package var threshold: Double
    /// In `block` mode, only scores at or above this (and ``threshold``) are blocked, so tags and
    /// metrics can use a lower threshold than blocking; nil blocks at ``threshold``.
    package var blockThreshold: Double?
    /// The status of a blocked request's answer.
    package var blockStatus: Int
    /// The message of a blocked request's answer (the SDKs surface it).
    package var blockMessage: String
    /// Suspicious requests from one session within ``sessionWindow`` beyond which it is flagged.
    package var sessionLimit: Int
    package var sessionWindow: Duration
    /// How long a flagged session is blocked (in `block` mode); zero only flags it.
    package var sessionCooldown: Duration

    package init(
        mode: Mode = .observe, threshold: Double = 0.7, blockThreshold: Double? = nil, blockStatus: Int = 400,
        blockMessage: String = "This request was blocked by the LLM gateway's prompt-injection policy.",
        sessionLimit: Int = 5, sessionWindow: Duration = .seconds(60), sessionCooldown: Duration = .zero
    ) {
        self.mode = mode
        self.threshold = threshold
        self.blockThreshold = blockThreshold
        self.blockStatus = blockStatus
        self.blockMessage = blockMessage
        self.sessionLimit = sessionLimit
        self.sessionWindow = sessionWindow
        self.sessionCooldown = sessionCooldown
    }

    package static let `default` = GuardPolicy()
}
