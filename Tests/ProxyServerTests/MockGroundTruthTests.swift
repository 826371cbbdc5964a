import Grounding
@testable import MockGemini
import ProxyCore
import Testing

/// The grounding check against mock-gemini's ground truth, answer by answer, in every layout: the
/// IDs it flags by kind are exactly the IDs the mock made up, gave a swapped name or a wrong price.
@Suite("Grounding vs mock-gemini ground truth")
struct MockGroundTruthTests {
    static let catalog = Catalog(products: MockCatalog.onlineBoutique.products)
    /// The knobs of `outrigger load --scenario hallucination` (LoadGenerator/ScenarioProfile.swift).
    static let hallucination = "hallucination_rate=0.3, swap_name_rate=0.1, wrong_price_rate=0.1"
    /// Every fault on every answer, so each layout carries many of each.
    static let everyFault = "hallucination_rate=1, swap_name_rate=1, wrong_price_rate=1"

    /// Findings and ground truth, as sorted IDs by kind.
    struct Tally: Equatable, CustomStringConvertible {
        var invalid: [String] = []
        var swapped: [String] = []
        var wrongPrice: [String] = []
        var description: String { "invalid \(invalid.count), swapped \(swapped.count), wrong price \(wrongPrice.count)" }
    }

    /// Runs `count` answers drawn like mock-gemini draws them and returns (found, truth).
    static func run(_ spec: String, count: Int, layout: String = "mixed", long: Bool = false) throws -> (found: Tally, truth: Tally) {
        let behavior = try MockBehavior().applying(spec + ", layout=\(layout)")
        let checker = GroundingChecker()
        var found = Tally()
        var truth = Tally()
        for i in 0..<count {
            var rng = MockRandom(seed: UInt64(i) &* 0x9E37_79B9_7F4A_7C15)
            let answer = MockAnswer.make(
                prompt: "gift idea number \(i)?", catalog: .onlineBoutique, seed: rng.next(),
                faults: MockAnswer.Faults(drawing: behavior, from: &rng), long: long, layout: behavior.layout
            )
            truth.invalid += answer.hallucinatedIDs
            truth.swapped += answer.swappedNameIDs
            truth.wrongPrice += answer.wrongPriceIDs
            for item in checker.check(text: answer.text, catalog: catalog).mentions {
                for verdict in item.verdicts {
                    switch verdict.kind {
                    case .invalidID: found.invalid.append(item.mention.id)
                    case .nameMismatch: found.swapped.append(item.mention.id)
                    case .priceMismatch: found.wrongPrice.append(item.mention.id)
                    case .noProducts, nil: break
                    }
                }
            }
            #expect(found.invalid.count == truth.invalid.count && found.swapped.count == truth.swapped.count
                && found.wrongPrice.count == truth.wrongPrice.count, "answer \(i) (\(answer.layout)):\n\(answer.text)")
            if found != truth { break }
        }
        return (found, truth)
    }

    @Test(arguments: ["mixed"] + MockAnswerLayout.allCases.map(\.rawValue))
    func everyFaultInEveryLayoutIsFoundExactly(layout: String) throws {
        let (found, truth) = try Self.run(Self.everyFault, count: 300, layout: layout)
        #expect(found == truth)
        #expect(truth.swapped.count == 300 && truth.invalid.count == 300, "\(truth)")
    }

    @Test func theHallucinationScenarioIsFoundExactly() throws {
        let (found, truth) = try Self.run(Self.hallucination, count: 3000)
        #expect(found == truth, "found \(found), truth \(truth)")
        #expect(truth.swapped.count > 200 && truth.wrongPrice.count > 150 && truth.invalid.count > 800, "\(truth)")
    }

    @Test func longAnswersAreFoundExactly() throws {
        let (found, truth) = try Self.run(Self.everyFault, count: 120, long: true)
        #expect(found == truth, "found \(found), truth \(truth)")
    }

    @Test(arguments: ["mixed"] + MockAnswerLayout.allCases.map(\.rawValue))
    func normalTrafficHasNoFindings(layout: String) throws {
        let (found, truth) = try Self.run("hallucination_rate=0", count: 500, layout: layout)
        #expect(truth == Tally())
        #expect(found == Tally(), "\(found)")
    }
}
