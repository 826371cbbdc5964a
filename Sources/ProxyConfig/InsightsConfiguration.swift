/// Cost insights (`GET /v1/insights/cost`). YAML section `insights`.
package struct InsightsConfiguration: Sendable, Equatable {
    /// Ask Gemini, through Outrigger's own upstream, to turn the computed advice into a few
    /// sentences. Numbers always come from Outrigger's computation. YAML `summary`, default `false`.
    package var summary: Bool
    /// The model that writes the summary (Developer API). YAML `summary_model`, default `gemini-2.5-flash`.
    package var summaryModel: String
    /// The environment variable holding the Developer API key for the summary call.
    /// YAML `summary_api_key_env`, default `GEMINI_API_KEY`. The key is never logged.
    package var summaryAPIKeyEnv: String
    /// A summary is reused for this long before it is written again. YAML `summary_ttl`, default `10m`.
    package var summaryTTL: Duration

    package init(
        summary: Bool = false, summaryModel: String = "gemini-2.5-flash", summaryAPIKeyEnv: String = "GEMINI_API_KEY",
        summaryTTL: Duration = .seconds(600)
    ) {
        self.summary = summary
        self.summaryModel = summaryModel
        self.summaryAPIKeyEnv = summaryAPIKeyEnv
        self.summaryTTL = summaryTTL
    }

    package static let `default` = InsightsConfiguration()
}

extension InsightsConfiguration: ConfigSection {
    /// Reads the `insights` section.
    init(reading reader: ConfigReader) {
        let defaults = Self.default
        self.init(
            summary: reader.bool("summary", default: defaults.summary),
            summaryModel: reader.parsed("summary_model", default: defaults.summaryModel, expected: "a model name") { (text) throws(ConfigValueError) in
                guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-._".contains($0)) }) else {
                    throw .invalidValue("invalid model name '\(text)': write it as in a request path, e.g. gemini-2.5-flash")
                }
                return text
            },
            summaryAPIKeyEnv: reader.string("summary_api_key_env", default: defaults.summaryAPIKeyEnv),
            summaryTTL: reader.duration("summary_ttl", default: defaults.summaryTTL, in: .seconds(0)...(.seconds(86_400)))
        )
    }
}
