extension CostAdvisor {
    /// Thresholds, bounds and model facts for ``CostAdvisor``; every property has a documented default.
    package struct Configuration: Sendable, Hashable {
        /// Length of one observation window, in seconds. Default: 86,400 (24 hours).
        ///
        /// Observations accumulate in the current window; once a call arrives a full window after it
        /// began, the window is kept as the previous one and a new one starts. Advice comes from the
        /// current window once it spans ``minimumExtrapolationSeconds``, else from the previous one.
        package var windowSeconds: Double = 86_400
        /// The shortest span a saving is extrapolated from, in seconds. Default: 3,600 (1 hour).
        ///
        /// Monthly savings are the window's saving per second times 2,592,000 (30 days); a shorter
        /// span counts as this long, so that a burst in the first minutes does not become an absurd
        /// monthly figure.
        package var minimumExtrapolationSeconds: Double = 3_600

        /// Most leading-content fingerprints kept per window. Default: 4,096.
        package var prefixCapacity = 4_096
        /// Most whole-prompt fingerprints kept per window. Default: 8,192.
        package var promptCapacity = 8_192
        /// Most model and dialect pairs tracked per window. Default: 64.
        package var modelCapacity = 64
        /// Model names are cut to this many characters before they are stored. Default: 128.
        package var maximumModelNameLength = 128

        /// Lengths, in text bytes, at which a prompt's leading content is fingerprinted.
        /// Default: 1 KB doubling up to 256 KB (nine cuts).
        package var prefixLadder: [Int] = (0...8).map { 1_024 << $0 }
        /// Message ends are also fingerprinted for this many leading messages (the system
        /// instruction is the first). Default: 8.
        package var boundaryMessages = 8
        /// A prefix or prompt earns caching advice once seen this many times. Default: 2.
        package var minimumRepeats = 2
        /// The fewest prompt tokens a context cache accepts, by model (resolved names). Default:
        /// `gemini-2.5-flash` 2,048 and `gemini-2.5-pro` 4,096.
        ///
        /// Not in gemini.md. Google's context caching page (ai.google.dev/gemini-api/docs/caching)
        /// lists a "minimum input token count for context caching" per model, and its versions
        /// disagree: 2.5 Flash 1,024 or 2,048, 2.5 Pro 2,048 or 4,096. The larger figure is used so
        /// that advice never names a prefix too short to cache. Configure real values per model.
        package var cachingMinimumTokens: [String: Int] = ["gemini-2.5-flash": 2_048, "gemini-2.5-pro": 4_096]
        /// The minimum for models missing from ``cachingMinimumTokens``. Default: 4,096, the largest
        /// figure published for any model.
        package var defaultCachingMinimumTokens = 4_096

        /// Output and listing advice needs at least this many calls of a model. Default: 20.
        package var minimumCalls = 20
        /// Truncation advice needs at least this share of calls ending with `MAX_TOKENS`.
        /// Default: 0.05.
        package var truncationShare = 0.05
        /// An output cap is proposed at this multiple of the 95th percentile of output tokens.
        /// Default: 2.
        package var outputCapFactor = 2

        /// The next cheaper model for each model (resolved names). Default: `gemini-2.5-pro` →
        /// `gemini-2.5-flash` → `gemini-2.5-flash-lite`, and `gemini-2.0-flash` →
        /// `gemini-2.0-flash-lite`.
        package var cheaperModels: [String: String] = [
            "gemini-2.5-pro": "gemini-2.5-flash",
            "gemini-2.5-flash": "gemini-2.5-flash-lite",
            "gemini-2.0-flash": "gemini-2.0-flash-lite",
        ]
        /// A model's mean quality score must reach this for cheaper-model advice. Default: 0.9.
        package var qualityThreshold = 0.9
        /// …over at least this many scored calls. Default: 50.
        package var minimumScoredCalls = 50

        /// A message counts as a product listing from this many UTF-8 bytes. Default: 8,192.
        package var listingMinimumBytes = 8_192
        /// …with at least this many items (see ``CatalogScanner``). Default: 20.
        package var listingMinimumItems = 20
        /// Listing advice needs listings in more than this share of a model's calls. Default: 0.5.
        package var listingShare = 0.5

        /// The defaults.
        package init() {}

        package static let `default` = Configuration()

        /// The minimum cacheable prompt tokens for a resolved model name.
        /// - Parameters:
        ///   - model: The resolved model name.
        package func cachingMinimum(for model: String) -> Int {
            cachingMinimumTokens[model] ?? defaultCachingMinimumTokens
        }

        /// ``prefixLadder`` sorted, without duplicates or non-positive steps.
        var cleanLadder: [Int] { Array(Set(prefixLadder.filter { $0 > 0 })).sorted() }
    }
}
