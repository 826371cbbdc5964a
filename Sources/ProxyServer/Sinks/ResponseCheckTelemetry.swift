import DatadogExport
import ProxyCore

/// Grounding and quality as DogStatsD metrics (docs/metrics.md): the invalid-product rate per answer
/// that names products, product mentions and issue counts by kind (so a monitor can divide sums, as
/// the `hallucination` rule does), and the quality score per checked answer.
struct ResponseCheckTelemetry: CallRecordSink {
    let client: DogStatsDClient
    let llmService: String
    let models = BoundedNames(limit: StatusStore.maxModels, overflow: "other_models")

    func record(_ record: CallRecord) {
        guard let checks = record.checks else { return }
        let base = [
            "api:" + record.dialect.rawValue, "llm_service:" + llmService,
            "model:" + (record.model.isEmpty ? "none" : models.admit(record.model)),
        ]
        let tagField = MetricSample.tagField(base)
        if let rate = checks.invalidProductRate {
            client.record(MetricSample(name: "llm.recommendation.invalid_product_rate", value: rate, type: .distribution, tagField: tagField))
        }
        if checks.mentions > 0 {
            client.record(MetricSample(name: "llm.grounding.mentions", value: Double(checks.mentions), type: .count, tagField: tagField))
        }
        for (kind, count) in [
            ("invalid_id", checks.invalidIDs), ("name_mismatch", checks.nameMismatches),
            ("price_mismatch", checks.priceMismatches), ("no_products", checks.noProducts ? 1 : 0),
        ] where count > 0 {
            client.record(MetricSample(name: "llm.grounding.issues", value: Double(count), type: .count, tags: base + ["kind:" + kind]))
        }
        if let score = checks.qualityScore {
            client.record(MetricSample(name: "llm.response.quality_score", value: score, type: .distribution, tagField: tagField))
        }
    }
}
