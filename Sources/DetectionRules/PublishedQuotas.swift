/// A published table of per-model quotas that `predictive_capacity` uses for models the user
/// gave no quota for. YAML `rules.capacity.published_quotas`: `gemini_api_tier_1` or `none`.
///
/// `gemini_api_tier_1` is the Gemini Developer API's Tier 1 (billing linked, paid) limits from
/// Google AI for Developers, "Rate limits" (gemini-api/docs/rate-limits, "Tier 1" table), as
/// published in mid-2025. Since late 2025 the page shows each project's active limits in AI Studio
/// instead of a table, so these are a starting point, not your project's numbers. TPM there counts
/// input tokens; the forecast counts input and output, so it warns early, not late.
///
/// Vertex AI serves these models under dynamic shared quota (Google Cloud, "Generative AI on
/// Vertex AI quotas and system limits", "Quota system by model"): no per-project RPM or TPM
/// exists. On Vertex the table is a planning budget: crossing it means traffic at Tier 1 scale,
/// where 429s from shared capacity become likely; the 429 share and the error forecast carry the
/// real signal. Set `quotas` for provisioned throughput.
package struct PublishedQuotas: Sendable, Hashable, CustomStringConvertible {
    private enum Table: String, Sendable, Hashable {
        case geminiAPITier1 = "gemini_api_tier_1"
        case none
    }

    private let table_: Table

    /// The Gemini Developer API's Tier 1 limits (the default).
    package static let geminiAPITier1 = Self(table_: .geminiAPITier1)
    /// No published quotas: only the user's `quotas` and `default_rpm`/`default_tpm` apply.
    package static let none = Self(table_: .none)

    /// The table named in config; nil for an unknown name.
    /// - Parameters:
    ///   - name: `gemini_api_tier_1` or `none`.
    package init?(name: String) {
        guard let t = Table(rawValue: name) else { return nil }
        table_ = t
    }

    private init(table_: Table) { self.table_ = table_ }

    /// The names accepted in config.
    package static let names = ["gemini_api_tier_1", "none"]

    package var description: String { table_.rawValue }

    /// Quotas by model name.
    package var table: [String: ModelQuota] {
        switch table_ {
        case .none: [:]
        case .geminiAPITier1: [
            "gemini-2.5-pro": ModelQuota(requestsPerMinute: 150, tokensPerMinute: 2_000_000),
            "gemini-2.5-flash": ModelQuota(requestsPerMinute: 1_000, tokensPerMinute: 1_000_000),
            "gemini-2.5-flash-lite": ModelQuota(requestsPerMinute: 4_000, tokensPerMinute: 4_000_000),
            "gemini-2.0-flash": ModelQuota(requestsPerMinute: 2_000, tokensPerMinute: 4_000_000),
            "gemini-2.0-flash-lite": ModelQuota(requestsPerMinute: 4_000, tokensPerMinute: 4_000_000),
        ]
        }
    }

    /// Names to look up, most specific first: the lowercased name after its last `/`, then
    /// without `-latest`, then without trailing version or date groups (`-001`, `-05-20`), as the
    /// price table matches (Pricing's `ModelName`); preview names keep `-preview`.
    /// - Parameters:
    ///   - model: The model name from the request.
    static func candidates(_ model: String) -> [String] {
        var text = Substring(model.lowercased())
        if let slash = text.lastIndex(of: "/") { text = text[text.index(after: slash)...] }
        var names = [String(text)]
        if text.hasSuffix("-latest") {
            text = text.dropLast("-latest".count)
            names.append(String(text))
        }
        var stripped = false
        while let dash = text.lastIndex(of: "-"), text.startIndex < dash {
            let group = text[text.index(after: dash)...]
            guard (2...8).contains(group.count), group.allSatisfy({ $0.isASCII && $0.isNumber }) else { break }
            text = text[..<dash]
            stripped = true
        }
        if stripped { names.append(String(text)) }
        return names
    }
}
