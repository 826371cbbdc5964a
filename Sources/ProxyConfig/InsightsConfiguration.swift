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
    /// The Google Cloud project for Outrigger's own calls on Vertex AI, with the pod's Workload
    /// Identity (used when there is no Developer API key). Empty takes `$GOOGLE_CLOUD_PROJECT`.
    /// YAML `vertex_project`, default empty.
    package var vertexProject: String
    /// The Vertex AI location for those calls. Empty takes `$GOOGLE_CLOUD_LOCATION`, else
    /// `us-central1`. YAML `vertex_location`, default empty.
    package var vertexLocation: String
    /// The metadata server that hands out the Workload Identity token. Empty takes
    /// `$GCE_METADATA_HOST`, else `http://metadata.google.internal`. YAML `metadata_url`, default empty.
    package var metadataURL: String

    package init(
        summary: Bool = false, summaryModel: String = "gemini-2.5-flash", summaryAPIKeyEnv: String = "GEMINI_API_KEY",
        summaryTTL: Duration = .seconds(600), reportInterval: Duration = .seconds(900), reportModel: String = "gemini-2.5-flash",
        reportMaxOutputTokens: Int = 400, vertexProject: String = "", vertexLocation: String = "", metadataURL: String = ""
    ) {
        self.summary = summary
        self.summaryModel = summaryModel
        self.summaryAPIKeyEnv = summaryAPIKeyEnv
        self.summaryTTL = summaryTTL
        self.reportInterval = reportInterval
        self.reportModel = reportModel
        self.reportMaxOutputTokens = reportMaxOutputTokens
        self.vertexProject = vertexProject
        self.vertexLocation = vertexLocation
        self.metadataURL = metadataURL
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
            reportMaxOutputTokens: reader.int("report_max_output_tokens", default: defaults.reportMaxOutputTokens, in: 16...8_192),
            vertexProject: reader.parsed("vertex_project", default: defaults.vertexProject, expected: "a project id", Self.projectID),
            vertexLocation: reader.parsed("vertex_location", default: defaults.vertexLocation, expected: "a location", Self.location),
            metadataURL: reader.parsed("metadata_url", default: defaults.metadataURL, expected: "an http URL", Self.metadataURL)
        )
    }
}

extension InsightsConfiguration {
    /// A Google Cloud project id (lower-case letters, digits and hyphens, or a domain-scoped id), or empty.
    static func projectID(_ text: String) throws(ConfigValueError) -> String {
        guard text.isEmpty || (text.count <= 63 && text.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || "-.:".contains($0)) })) else {
            throw .invalidValue("invalid project id '\(text)': write it as in the console, e.g. v-commerce-prod")
        }
        return text
    }

    /// A Vertex AI location (`us-central1`, `europe-west4`, `global`, `us`, `eu`), or empty.
    static func location(_ text: String) throws(ConfigValueError) -> String {
        guard text.isEmpty || (text.count <= 40 && text.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })) else {
            throw .invalidValue("invalid location '\(text)': write a Vertex AI location, e.g. us-central1 or global")
        }
        return text
    }

    /// `http://host[:port]` without a path, or empty.
    static func metadataURL(_ text: String) throws(ConfigValueError) -> String {
        let host = text.dropFirst("http://".count)
        guard text.isEmpty || (text.hasPrefix("http://") && !host.isEmpty && !host.contains("/")) else {
            throw .invalidValue("invalid metadata_url '\(text)': write http://host[:port], e.g. http://metadata.google.internal")
        }
        return text
    }
}
