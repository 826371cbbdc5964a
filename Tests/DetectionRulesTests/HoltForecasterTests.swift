import DetectionRules
import Testing

@Suite struct HoltForecasterTests {
    /// A request rate that is flat at 200 RPM for an hour, then climbs 3 RPM per minute with noise
    /// (σ = 10 RPM) toward a 1000 RPM quota, which the true line crosses at minute 60 + 800/3 ≈ 326.7.
    /// Asserted: the crossing probability over the next 2 hours first exceeds 0.8 between 125 and 90
    /// minutes before the true crossing, and the predicted crossing time is then within 20 minutes
    /// of the truth.
    @Test func linearRampTowardAQuotaWarnsAboutTwoHoursAhead() throws {
        var rng = SeededRandom(seed: 11)
        var f = HoltForecaster()
        let crossing = 60 + 800.0 / 3
        var firstWarning: Double?
        var predicted: Double?
        for minute in 0..<330 {
            let t = Double(minute)
            let truth = t < 60 ? 200 : 200 + 3 * (t - 60)
            f.add(truth + rng.gaussian(sd: 10))
            let c = f.crossing(limit: 1000, horizon: 120)
            if firstWarning == nil, c.probability > 0.8 {
                firstWarning = t
                predicted = c.stepsToCrossing.map { t + $0 }
            }
        }
        let warnedAt = try #require(firstWarning)
        let lead = crossing - warnedAt
        #expect(lead <= 125 && lead >= 90, "warned \(lead) minutes ahead")
        let p = try #require(predicted)
        #expect(abs(p - crossing) < 20, "predicted \(p), true \(crossing)")
    }

    /// Seven days of a flat 500 ± 25 series under a limit of 1000 never warn.
    @Test func flatNoisySeriesNeverWarns() {
        var rng = SeededRandom(seed: 5)
        var f = HoltForecaster()
        var highest = 0.0
        for minute in 0..<(7 * 24 * 60) {
            f.add(500 + rng.gaussian(sd: 25))
            if minute >= 30 { highest = max(highest, f.crossing(limit: 1000, horizon: 120).probability) }
        }
        #expect(highest < 0.05, "highest probability \(highest)")
    }

    @Test func uncertaintyGrowsWithTheHorizon() {
        var rng = SeededRandom(seed: 3)
        var f = HoltForecaster()
        for _ in 0..<200 { f.add(100 + rng.gaussian(sd: 5)) }
        #expect(f.forecastStandardDeviation(120) > f.forecastStandardDeviation(10))
        #expect(f.forecastStandardDeviation(1) >= f.residualStandardDeviation)
        #expect(abs(f.forecast(60) - 100) < 15)
    }
}

