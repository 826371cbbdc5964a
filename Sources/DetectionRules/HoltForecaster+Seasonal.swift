extension HoltForecaster {
    /// Like ``crossing(limit:horizon:step:)`` for a limit that changes with the step, as for a
    /// deseasonalised series (the quota divided by the usual value at that time of day).
    /// `stepsToCrossing` is the first checked step where the point forecast reaches the limit.
    /// - Parameters:
    ///   - horizon: Steps looked ahead.
    ///   - step: Steps between checks (default 5).
    ///   - limitAt: The limit `h` steps ahead.
    package func crossing(horizon: Double, step: Double = 5, limitAt: (Double) -> Double) -> HoltCrossing {
        guard level != nil else { return HoltCrossing(probability: 0, stepsToCrossing: nil, forecastAtHorizon: 0) }
        var best = 0.0
        var steps: Double? = forecast(0) >= limitAt(0) ? 0 : nil
        var h = 1.0
        while h <= horizon {
            let limit = limitAt(h)
            let sd = max(forecastStandardDeviation(h), 1e-9 * max(abs(limit), 1))
            best = max(best, 1 - HoltForecaster.normalCDF((limit - forecast(h)) / sd))
            if steps == nil, forecast(h) >= limit { steps = h }
            h = h == 1 ? step : h + step
        }
        return HoltCrossing(probability: best, stepsToCrossing: steps, forecastAtHorizon: forecast(horizon))
    }
}
