import Grounding
import Guards
import ProxyConfig
import ProxyCore
import Synchronization

/// Checks every generation answer against the current catalog and scores its quality, on the call
/// processor's task. The catalog is swapped in by the ``CatalogLoader``; the length baseline is
/// per endpoint (dialect, model, operation) and bounded.
final class ResponseCheckStage: Sendable {
    private let catalog: Mutex<Catalog?>
    private let baseline = Mutex(LengthBaseline())
    private let checker: GroundingChecker
    private let scorer: QualityScorer
    private let selector: PromptTextSelector

    init(grounding: GroundingConfiguration = .default, quality: QualityConfiguration = .default, markers: [String], initial: Catalog?) {
        catalog = Mutex(initial)
        checker = GroundingChecker(configuration: grounding)
        scorer = QualityScorer(configuration: quality)
        selector = PromptTextSelector(markers: markers)
    }

    /// Installs a newly loaded catalog.
    func install(_ new: Catalog) {
        catalog.withLock { $0 = new }
    }

    var hasCatalog: Bool { catalog.withLock { $0 != nil } }

    func checks(for record: CallRecord) -> ResponseChecks? {
        guard record.operation.isGeneration, let response = record.response, response.error == nil,
            response.chunkCount > 0 || response.blockReason != nil
        else { return nil }
        let question = record.prompt.flatMap { prompt in
            prompt.messages.last { $0.role == "user" }.map { selector.userText($0.content) }
        }
        let toolTexts = response.toolCalls.map(\.json)
        let grounding = catalog.withLock { $0 }.map {
            checker.check(text: response.text, catalog: $0, toolTexts: toolTexts, userText: question)
        }
        let input = QualityInput(
            answer: response.text, question: question, finishReasons: response.finishReasons, blockReason: response.blockReason,
            promptWasInjection: record.security?.isInjection ?? false, grounding: grounding
        )
        let endpoint = "\(record.dialect.rawValue)/\(record.model)/\(record.operation.rawValue)"
        let report = baseline.withLock { baseline in
            let report = scorer.score(input, baseline: baseline, endpoint: endpoint)
            if report.baselineEligible { baseline.record(endpoint: endpoint, length: report.answerLength) }
            return report
        }
        var checks = ResponseChecks()
        if let grounding {
            checks.mentions = grounding.counts.mentions
            checks.invalidIDs = grounding.counts.invalidIDs
            checks.nameMismatches = grounding.counts.nameMismatches
            checks.priceMismatches = grounding.counts.priceMismatches
            checks.noProducts = grounding.noProducts
            checks.invalidProductRate = grounding.invalidProductRate
            checks.sampleOffendingIDs = grounding.sampleOffendingIDs
        }
        checks.qualityScore = report.score
        checks.qualityComponents = report.components.map {
            QualityComponentValue(name: $0.component.rawValue, value: $0.value, weight: $0.weight, reason: $0.reason)
        }
        return checks
    }
}
