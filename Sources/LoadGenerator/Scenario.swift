/// A traffic scenario `outrigger load` replays; each one drives one of the proxy's detection
/// rules (see docs/load.md).
package enum Scenario: String, Sendable, CaseIterable, Codable {
    /// Shop chat, upsell and assistant prompts with history and sessions; clean answers.
    case normal
    /// Normal traffic plus attack prompts, with burst sessions sending many attacks quickly.
    case injection
    /// Answers with invented product IDs, swapped names and wrong prices.
    case hallucination
    /// Long prompts, large `maxOutputTokens` and gemini-2.5-pro, with conversions at the normal rate.
    case costSpike = "cost-spike"
    /// Sessions that chat, then place an order posted to the admin port.
    case conversions
    /// Refusals, repetition loops and truncated (`MAX_TOKENS`) answers, plus junk prompts.
    case quality
    /// The rate ramps from the given rate to 4× over the duration, with 429s as it grows.
    case capacityRamp = "capacity-ramp"
    /// Every scenario above in turn, in equal slices of the duration.
    case full

    /// The scenarios `full` plays, in order.
    package static let fullSequence: [Scenario] = [
        .normal, .conversions, .injection, .hallucination, .quality, .costSpike, .capacityRamp,
    ]

    /// Whether sessions in this scenario place orders (posted to `--admin`).
    package var postsConversions: Bool {
        switch self {
        case .conversions, .costSpike, .full: true
        default: false
        }
    }
}
