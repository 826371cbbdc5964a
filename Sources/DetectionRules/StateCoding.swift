import JSON

/// JSON helpers for the rule state file (``RuleStateSnapshot``): arrays of numbers, optional
/// numbers, and the state of the building blocks (windows, sketches, forecasters).
///
/// Non-finite numbers and empty slots are written as `null` and read back as the value that
/// stands for "nothing" (−∞ for a maximum, `Int64.min` for an unused bucket).
enum StateCoding {
    static func numbers(_ json: inout JSONWriter, _ name: String, _ values: [Double]) {
        json.key(name)
        json.array { json in for v in values { json.number(v) } }
    }

    static func integers(_ json: inout JSONWriter, _ name: String, _ values: [Int64], empty: Int64) {
        json.key(name)
        json.array { json in
            for v in values {
                if v == empty { json.null() } else { json.number(v) }
            }
        }
    }

    static func optional(_ json: inout JSONWriter, _ name: String, _ value: Double?) {
        guard let value, value.isFinite else { return }
        json.field(name, value)
    }

    /// Numbers of an array member; `null` reads as `empty`. Nil when missing or not numbers.
    static func numbers(_ value: JSONValue?, count: Int? = nil, empty: Double = .nan) -> [Double]? {
        guard let items = value?.arrayValue, count.map({ $0 == items.count }) ?? true else { return nil }
        var out: [Double] = []
        out.reserveCapacity(items.count)
        for item in items {
            if item.isNull {
                out.append(empty)
            } else if let d = item.doubleValue, d.isFinite {
                out.append(d)
            } else {
                return nil
            }
        }
        return out
    }

    static func integers(_ value: JSONValue?, count: Int, empty: Int64) -> [Int64]? {
        guard let items = value?.arrayValue, items.count == count else { return nil }
        var out: [Int64] = []
        out.reserveCapacity(count)
        for item in items {
            if item.isNull {
                out.append(empty)
            } else if let i = item.intValue {
                out.append(Int64(i))
            } else {
                return nil
            }
        }
        return out
    }

    /// An optional finite number member: `.some(nil)` when absent, nil when present but not a number.
    static func optional(_ value: JSONValue?) -> Double?? {
        guard let value, !value.isNull else { return .some(nil) }
        guard let d = value.doubleValue, d.isFinite else { return nil }
        return .some(d)
    }
}

extension SlidingWindow {
    func writeState(into json: inout JSONWriter) {
        json.object { json in
            json.field("window", window)
            StateCoding.integers(&json, "epochs", epochs, empty: .min)
            StateCoding.numbers(&json, "sums", sums)
            StateCoding.numbers(&json, "weights", weights)
            StateCoding.numbers(&json, "maxima", maxima)
        }
    }

    /// Restores the buckets into `self`; false (and `self` unchanged) when the saved window has
    /// another span or bucket count, or does not decode.
    mutating func restoreState(_ state: JSONValue) -> Bool {
        let n = bucketCount
        guard let span = state["window"]?.doubleValue, span == window,
            let e = StateCoding.integers(state["epochs"], count: n, empty: .min),
            let s = StateCoding.numbers(state["sums"], count: n, empty: 0),
            let w = StateCoding.numbers(state["weights"], count: n, empty: 0),
            let m = StateCoding.numbers(state["maxima"], count: n, empty: -.infinity)
        else { return false }
        epochs = e
        sums = s
        weights = w
        maxima = m
        return true
    }
}

extension QuantileSketch {
    func writeState(into json: inout JSONWriter) {
        json.object { json in
            json.key("bins")
            json.array { json in for b in bins { json.number(Int(b)) } }
            json.field("offset", offset)
            json.field("zeroCount", Int(zeroCount))
            json.field("count", Int(count))
            json.field("collapsed", collapsed)
        }
    }

    mutating func restoreState(_ state: JSONValue) -> Bool {
        guard let items = state["bins"]?.arrayValue, items.count <= maxBuckets,
            let offset = state["offset"]?.intValue, let zeros = state["zeroCount"]?.intValue, zeros >= 0,
            let count = state["count"]?.intValue, count >= zeros
        else { return false }
        let bins = items.compactMap { $0.intValue.flatMap(UInt32.init(exactly:)) }
        guard bins.count == items.count else { return false }
        self.bins = bins
        self.offset = offset
        self.zeroCount = UInt64(zeros)
        self.count = UInt64(count)
        self.collapsed = state["collapsed"]?.boolValue ?? false
        return true
    }
}

extension HoltForecaster {
    func writeState(into json: inout JSONWriter) {
        json.object { json in
            StateCoding.optional(&json, "level", level)
            json.field("trend", trend)
            json.field("errorVariance", errorVariance)
            json.field("trendMean", trendMean)
            json.field("trendVariance", trendVariance)
            json.field("count", count)
        }
    }

    /// A forecaster with the default constants and the saved level, trend and spreads.
    init?(state: JSONValue) {
        self.init()
        guard let level = StateCoding.optional(state["level"]), let trend = state["trend"]?.doubleValue,
            let ev = state["errorVariance"]?.doubleValue, let tm = state["trendMean"]?.doubleValue,
            let tv = state["trendVariance"]?.doubleValue, let count = state["count"]?.intValue, count >= 0,
            [trend, ev, tm, tv].allSatisfy(\.isFinite)
        else { return nil }
        self.level = level
        self.trend = trend
        errorVariance = ev
        trendMean = tm
        trendVariance = tv
        self.count = count
    }
}
