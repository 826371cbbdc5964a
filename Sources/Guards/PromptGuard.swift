package import Inspection
package import ProxyCore

/// Scores a request's user text for injection and counts personal data, under a policy. Pure:
/// the caller decides where it runs (inline when it may block, after the call otherwise).
package struct PromptGuard: Sendable {
    package var selector: PromptTextSelector
    package var assessor: any InjectionAssessor
    package var policy: GuardPolicy
    package var pii: PIIDetector

    package init(selector: PromptTextSelector = .init(), assessor: any InjectionAssessor, policy: GuardPolicy, pii: PIIDetector = .init()) {
        self.selector = selector
        self.assessor = assessor
        self.policy = policy
        self.pii = pii
    }

    /// Evidence lines kept per call.
    static let maxEvidence = 5

    /// Findings for a request's prompt: the highest score over the selected texts, the categories
    /// that fired (tool results add `indirect_injection` when they score over the threshold), and
    /// the personal data in the user's text.
    package func inspect(_ prompt: PromptSummary) -> SecurityFindings {
        var findings = SecurityFindings()
        var categories = Set<String>()
        var piiCounts: [String: Int] = [:]
        for item in selector.texts(in: prompt) {
            let assessment = assessor.assess(item.text, origin: item.origin)
            findings.injectionScore = max(findings.injectionScore ?? 0, assessment.score)
            if assessment.score >= policy.threshold {
                categories.formUnion(assessment.categories)
                if item.origin == .toolResult { categories.insert("indirect_injection") }
                for line in assessment.evidence where findings.evidence.count < Self.maxEvidence {
                    findings.evidence.append("\(item.origin.rawValue): \(line)")
                }
            }
            if item.origin != .toolResult {
                for (kind, count) in pii.counts(in: item.text).nonZero { piiCounts[kind.rawValue, default: 0] += count }
            }
        }
        findings.isInjection = (findings.injectionScore ?? 0) >= policy.threshold
        findings.categories = categories.sorted()
        findings.promptPII = piiCounts
        return findings
    }

    /// Personal data in a model's answer, by kind.
    package func responsePII(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for (kind, count) in pii.counts(in: text).nonZero { counts[kind.rawValue] = count }
        return counts
    }
}
