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
    /// How often Gemini writes the health report from the computed facts (`GET /v1/insights`, a
    /// Datadog event). It runs when there are credentials: the key in `summary_api_key_env`, or
    /// an `upstream.gemini_api_url` that is not Google's (mock-gemini). 0 turns it off.
    /// YAML `report_interval`, default `15m`.
    package var reportInterval: Duration
    /// The Developer API model that writes the report. YAML `report_model`, default `gemini-2.5-flash`.
    package var reportModel: String
    /// The cap on each report's output tokens, so its cost is bounded. YAML `report_max_output_tokens`, default 400.
    package var reportMaxOutputTokens: Int

    package init(
        summary: Bool = false, summaryModel: String = "gemini-2.5-flash", summaryAPIKeyEnv: String = "GEMINI_API_KEY",
        summaryTTL: Duration = .seconds(600), reportInterval: Duration = .seconds(900), reportModel: String = "gemini-2.5-flash",
        reportMaxOutputTokens: Int = 400
    ) {
        self.summary = summary
        self.summaryModel = summaryModel
        self.summaryAPIKeyEnv = summaryAPIKeyEnv
        self.summaryTTL = summaryTTL
        self.reportInterval = reportInterval
        self.reportModel = reportModel
        self.reportMaxOutputTokens = reportMaxOutputTokens
    }

    package static let `default` = InsightsConfiguration()
}

extension InsightsConfiguration: ConfigSection {
    /// Reads the `insights` section.
    init(reading reader: ConfigReader) {
        let defaults = Self.default
        let modelName = { (text: String) throws(ConfigValueError) -> String in
            guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-._".contains($0)) }) else {
                throw .invalidValue("invalid model name '\(text)': write it as in a request path, e.g. gemini-2.5-flash")
            }
            return text
        }
        self.init(
            summary: reader.bool("summary", default: defaults.summary),
            summaryModel: reader.parsed("summary_model", default: defaults.summaryModel, expected: "a model name", modelName),
            summaryAPIKeyEnv: reader.string("summary_api_key_env", default: defaults.summaryAPIKeyEnv),
            summaryTTL: reader.duration("summary_ttl", default: defaults.summaryTTL, in: .seconds(0)...(.seconds(86_400))),
            reportInterval: reader.duration("report_interval", default: defaults.reportInterval, in: .seconds(0)...(.seconds(86_400))),
            reportModel: reader.parsed("report_model", default: defaults.reportModel, expected: "a model name", modelName),
            reportMaxOutputTokens: reader.int("report_max_output_tokens", default: defaults.reportMaxOutputTokens, in: 16...8_192)
        )
    }
}
