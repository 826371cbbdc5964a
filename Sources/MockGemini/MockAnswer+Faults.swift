extension MockAnswer {
    /// Faults to put in an answer.
    struct Faults: Sendable {
        var hallucinate = false
        var swapName = false
        var wrongPrice = false
        var refusal = false
        var loop = false
        var truncate = false
    }
}

extension MockAnswer.Faults {
    /// Draws each fault at its rate in `behavior`, in a fixed order, from `rng`.
    /// - Parameters:
    ///   - behavior: The fault rates.
    ///   - rng: The request's fault generator.
    init(drawing behavior: MockBehavior, from rng: inout MockRandom) {
        func draw(_ rate: Double) -> Bool { rate > 0 && rng.unit() < rate }
        hallucinate = draw(behavior.hallucinationRate)
        swapName = draw(behavior.swapNameRate)
        wrongPrice = draw(behavior.wrongPriceRate)
        refusal = draw(behavior.refusalRate)
        loop = draw(behavior.loopRate)
        truncate = draw(behavior.truncateRate)
    }
}
