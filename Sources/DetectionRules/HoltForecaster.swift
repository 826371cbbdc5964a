import RealModule
import ProxyCore
/// Holt's double exponential smoothing (level and trend) of a per-minute series, with the spread of
/// its errors, answering "how likely does the series cross a limit within the next H minutes?".
///
/// Updates follow Hyndman & Athanasopoulos, *Forecasting: Principles and Practice* (3rd ed.) §8.2:
/// `ℓₜ = α·yₜ + (1 − α)(ℓₜ₋₁ + bₜ₋₁)`, `bₜ = β(ℓₜ − ℓₜ₋₁) + (1 − β)bₜ₋₁`, forecast `ŷₜ₊ₕ = ℓₜ + h·bₜ`.
///
/// The forecast error at horizon h is taken as normal with standard deviation
/// `σₕ = √(σ²·(1 + α/(2 − α)) + h²·σ_b²)`: σ is the spread of the one-step errors (an EWMA of
/// their squares), `α/(2 − α)` the variance of the smoothed level as an estimate of the mean, and
/// σ_b the observed spread of the trend estimate itself (an EWMA of its squared deviation from
/// its own average), so uncertainty grows linearly with the horizon when the trend wanders.
package struct HoltForecaster: Sendable, Hashable {
    /// Level smoothing α.
    package let alpha: Double
    /// Trend smoothing β.
    package let beta: Double
    /// Weight of a new squared error in the spread estimates.
    package let spreadWeight: Double
    /// The smoothed level; nil before the first value.
    package internal(set) var level: Double?
    /// The smoothed trend, per step.
    package internal(set) var trend = 0.0
    var errorVariance = 0.0
    var trendMean = 0.0
    var trendVariance = 0.0
    /// Values added.
    package internal(set) var count = 0

    /// A forecaster with the given smoothing constants.
    /// - Parameters:
    ///   - alpha: Level smoothing (default 0.2).
    ///   - beta: Trend smoothing (default 0.02).
    ///   - spreadWeight: EWMA weight for the error spreads (default 0.02, about 50 steps).
    package init(alpha: Double = 0.2, beta: Double = 0.02, spreadWeight: Double = 0.02) {
        self.alpha = alpha
        self.beta = beta
        self.spreadWeight = spreadWeight
    }

    /// Adds the next value of the series.
    /// - Parameters:
    ///   - y: The value for the next step (e.g. requests in the minute that just closed).
    package mutating func add(_ y: Double) {
        guard y.isFinite else { return }
        count += 1
        guard let l = level else {
            level = y
            return
        }
        let predicted = l + trend
        let error = y - predicted
        // The trend starts at 0 (a difference of two noisy values would throw it far off).
        let w = max(spreadWeight, 1 / Double(count - 1))
        errorVariance += w * (error * error - errorVariance)
        let newLevel = alpha * y + (1 - alpha) * predicted
        trend = beta * (newLevel - l) + (1 - beta) * trend
        level = newLevel
        let d = trend - trendMean
        trendMean += w * d
        trendVariance += w * (d * d - trendVariance)
    }

    /// The spread of one-step errors.
    package var residualStandardDeviation: Double { errorVariance.squareRoot() }

    /// The point forecast `h` steps ahead.
    /// - Parameters:
    ///   - h: Steps ahead (minutes for a per-minute series).
    package func forecast(_ h: Double) -> Double { (level ?? 0) + h * trend }

    /// The standard deviation of the forecast error `h` steps ahead.
    /// - Parameters:
    ///   - h: Steps ahead.
    package func forecastStandardDeviation(_ h: Double) -> Double {
        (errorVariance * (1 + alpha / (2 - alpha)) + h * h * trendVariance).squareRoot()
    }

    /// The probability that the series is above `limit` at some step within `horizon` steps (the
    /// largest single-step probability, checked every `step` steps), and the step at which the point
    /// forecast reaches the limit (0 when already there, nil when it does not within the horizon).
    /// - Parameters:
    ///   - limit: The limit (e.g. a quota).
    ///   - horizon: Steps looked ahead (e.g. 120 minutes).
    ///   - step: Steps between checks (default 5).
    package func crossing(limit: Double, horizon: Double, step: Double = 5) -> HoltCrossing {
        guard level != nil else { return HoltCrossing(probability: 0, stepsToCrossing: nil, forecastAtHorizon: 0) }
        var best = 0.0
        var h = 1.0
        while h <= horizon {
            let sd = max(forecastStandardDeviation(h), 1e-9 * max(abs(limit), 1))
            let p = 1 - HoltForecaster.normalCDF((limit - forecast(h)) / sd)
            best = max(best, p)
            h = h == 1 ? step : h + step
        }
        let now = forecast(0)
        var steps: Double?
        if now >= limit {
            steps = 0
        } else if trend > 0 {
            let s = (limit - now) / trend
            if s <= horizon { steps = s }
        }
        return HoltCrossing(probability: best, stepsToCrossing: steps, forecastAtHorizon: forecast(horizon))
    }
}

/// The answer of ``HoltForecaster/crossing(limit:horizon:step:)``.
package struct HoltCrossing: Sendable, Hashable {
    /// Probability (0…1) of being above the limit within the horizon.
    package var probability: Double
    /// Steps until the point forecast reaches the limit; nil when not within the horizon.
    package var stepsToCrossing: Double?
    /// The point forecast at the horizon.
    package var forecastAtHorizon: Double
}

extension HoltForecaster {
    /// The standard normal distribution's CDF, Φ(z) = erfc(−z/√2)/2 (swift-numerics' `erfc`).
    static func normalCDF(_ z: Double) -> Double {
        0.5 * Double.erfc(-z / 2.0.squareRoot())
    }
}
