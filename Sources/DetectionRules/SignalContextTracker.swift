/// What else was going on when a rule fired, as the owners' plan asks each signal to say:
/// latency, 429s and recent changes beside a quality drop; the invented IDs and a prompt fix
/// beside hallucinations; earlier incidents beside a capacity warning.
///
/// Pure and bounded: per model, 75 one-minute buckets; 64 models; 16 changes; 64 past incidents;
/// 32 invented IDs per model per hour.
package struct SignalContextTracker: Sendable {
    /// One minute of one model's calls.
    struct Minute: Sendable {
        var start: Double
        var calls = 0
        var rateLimited = 0
        var serverErrors = 0
        var timeouts = 0
        var latencySumMs = 0.0
        var answersChecked = 0
        var invalidIDs = 0
        var nameMismatches = 0
        var priceMismatches = 0
        var noProducts = 0
        /// Sum and count per quality component name.
        var components: [String: (sum: Double, count: Int)] = [:]
    }

    /// A finished incident (alert to resolved) or an open one.
    struct Incident: Sendable {
        var ruleID: String
        var group: String
        var start: Double
        var end: Double?
        /// The first measurement's peak while it lasted.
        var peak: Double
        var measurement: String
        var unit: String
    }

    static let minutesKept = 75
    static let maxModels = 64
    static let maxChanges = 16
    static let maxIncidents = 64
    static let maxInventedIDs = 32

    private var minutes: [String: [Minute]] = [:]
    /// The first call seen: models seen within 10 minutes of it are not changes.
    private var startedAt: Double?
    private var firstSeen: [String: Double] = [:]
    private var changes: [(time: Double, text: String)] = []
    private var incidents: [Incident] = []
    private var invented: [String: (hour: Double, counts: [String: Int])] = [:]

    package init() {}

    /// Adds one finished call.
    package mutating func observe(_ call: ContextObservation) {
        if startedAt == nil { startedAt = call.time }
        if firstSeen[call.model] == nil {
            if firstSeen.count >= Self.maxModels, let oldest = firstSeen.min(by: { $0.value < $1.value })?.key {
                firstSeen[oldest] = nil
                minutes[oldest] = nil
                invented[oldest] = nil
            }
            firstSeen[call.model] = call.time
        }
        let start = (call.time / 60).rounded(.down) * 60
        var ring = minutes[call.model] ?? []
        if ring.last?.start != start {
            ring.append(Minute(start: start))
            if ring.count > Self.minutesKept { ring.removeFirst(ring.count - Self.minutesKept) }
        }
        var minute = ring[ring.count - 1]
        minute.calls += 1
        if call.is429 { minute.rateLimited += 1 }
        if call.isServerError { minute.serverErrors += 1 }
        if call.isTimeout { minute.timeouts += 1 }
        minute.latencySumMs += call.latencyMs
        if call.checked {
            minute.answersChecked += 1
            minute.invalidIDs += call.invalidIDs
            minute.nameMismatches += call.nameMismatches
            minute.priceMismatches += call.priceMismatches
            if call.noProducts { minute.noProducts += 1 }
            for (name, value) in call.qualityComponents {
                let old = minute.components[name] ?? (sum: 0, count: 0)
                minute.components[name] = (old.sum + value, old.count + 1)
            }
        }
        ring[ring.count - 1] = minute
        minutes[call.model] = ring
        if !call.inventedIDs.isEmpty {
            let hour = (call.time / 3600).rounded(.down)
            var entry = invented[call.model].flatMap { $0.hour == hour ? $0 : nil } ?? (hour: hour, counts: [:])
            for id in call.inventedIDs where entry.counts[id] != nil || entry.counts.count < Self.maxInventedIDs {
                entry.counts[id, default: 0] += 1
            }
            invented[call.model] = entry
        }
    }

    /// Notes a change that may explain a signal: a config reload and what it changed.
    package mutating func noteChange(at time: Double, _ text: String) {
        changes.append((time, text))
        if changes.count > Self.maxChanges { changes.removeFirst(changes.count - Self.maxChanges) }
    }

    /// The context lines for `signal` at `now`, and the incident history updated with it.
    package mutating func context(for signal: RuleSignal, now: Double) -> [String] {
        let model = signal.group.dimension == "model" ? signal.group.value : nil
        var lines: [String]
        switch signal.kind {
        case .qualityDegradation:
            lines = traffic(model: model, window: signal.window, now: now) + lowComponents(model: model, window: signal.window, now: now)
                + recentChanges(model: model, now: now)
        case .invalidProductRate:
            lines = hallucination(model: model, window: signal.window, now: now) + recentChanges(model: model, now: now)
        case .predictiveCapacity:
            lines = traffic(model: model, window: signal.window, now: now) + pastIncidents(like: signal)
        default:
            lines = recentChanges(model: model, now: now)
        }
        track(signal, now: now)
        return lines
    }

    // MARK: - Lines

    /// Latency, 429s, 5xx and timeouts over the window against the hour before it.
    private func traffic(model: String?, window: Double, now: Double) -> [String] {
        let recent = sum(model: model, from: now - window, to: now)
        let before = sum(model: model, from: now - window - 3600, to: now - window)
        guard recent.calls > 0 else { return [] }
        func rate(_ n: Int, _ of: Int) -> String { of == 0 ? "n/a" : RuleFormat.value(Double(n) / Double(of), unit: "ratio") }
        var lines = [
            "Latency: mean \(RuleFormat.fixed(recent.latencySumMs / Double(recent.calls), 0)) ms over the last \(RuleFormat.duration(window)) "
                + "(the hour before: \(before.calls == 0 ? "no calls" : RuleFormat.fixed(before.latencySumMs / Double(before.calls), 0) + " ms")).",
            "429s: \(rate(recent.rateLimited, recent.calls)) of \(recent.calls) calls (the hour before: \(rate(before.rateLimited, before.calls))); "
                + "5xx: \(rate(recent.serverErrors, recent.calls)); timeouts: \(rate(recent.timeouts, recent.calls)).",
        ]
        if recent.rateLimited > 0 || recent.serverErrors > 0 {
            lines.append("Errors rose with the signal: check the predictive_capacity rule and quotas for this model.")
        }
        return lines
    }

    /// The quality components with the lowest mean over the window.
    private func lowComponents(model: String?, window: Double, now: Double) -> [String] {
        let recent = sum(model: model, from: now - window, to: now)
        let means = recent.components.map { (name: $0.key, mean: $0.value.sum / Double(max(1, $0.value.count))) }
            .filter { $0.mean < 0.9 }.sorted { $0.mean < $1.mean }.prefix(3)
        guard !means.isEmpty else { return [] }
        return ["Lowest quality components: " + means.map { "\($0.name) \(RuleFormat.fixed($0.mean, 2))" }.joined(separator: ", ") + "."]
    }

    /// Config reloads and models first seen in the last 24 hours.
    private func recentChanges(model: String?, now: Double) -> [String] {
        var found = changes.filter { now - $0.time <= 86_400 }.map { "\(RuleFormat.clock($0.time)) UTC: \($0.text)" }
        for (name, seen) in firstSeen.sorted(by: { $0.value < $1.value })
        where now - seen <= 86_400 && (model == nil || name == model) && seen - (startedAt ?? seen) > 600 {
            found.append("\(RuleFormat.clock(seen)) UTC: model \(name) first seen")
        }
        return found.isEmpty
            ? ["No config reload or new model in the last 24 h (since start-up, if that is shorter)."]
            : ["Recent changes: " + found.joined(separator: "; ") + "."]
    }

    /// The invented IDs seen most this hour, the kinds of findings, and the prompt fix they point to.
    private func hallucination(model: String?, window: Double, now: Double) -> [String] {
        let recent = sum(model: model, from: now - window, to: now)
        var counts: [String: Int] = [:]
        let hour = (now / 3600).rounded(.down)
        for (name, entry) in invented where (model == nil || name == model) && entry.hour >= hour - 1 {
            for (id, n) in entry.counts { counts[id, default: 0] += n }
        }
        var lines: [String] = []
        let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5)
        if !top.isEmpty {
            lines.append("Invented product IDs seen most: " + top.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ") + ".")
        }
        lines.append(
            "Findings over the last \(RuleFormat.duration(window)): \(recent.invalidIDs) unknown IDs, \(recent.nameMismatches) name "
                + "and \(recent.priceMismatches) price mismatches, \(recent.noProducts) recommendations without a product, in "
                + "\(recent.answersChecked) checked answers.")
        let kinds = [
            (recent.invalidIDs, "Prompt fix: list the retrieved products with their IDs in the system instruction and tell the model to cite only IDs from that list; a repeated invented ID usually comes from an example ID in the prompt."),
            (recent.nameMismatches, "Prompt fix: give each product's exact name next to its ID, and ask for the name as written."),
            (recent.priceMismatches, "Prompt fix: pass current prices with the products, or tell the model not to quote prices."),
            (recent.noProducts, "Prompt fix: when retrieval returns nothing, say so in the prompt so the model does not recommend without products."),
        ]
        if let worst = kinds.max(by: { $0.0 < $1.0 }), worst.0 > 0 { lines.append(worst.1) }
        return lines
    }

    /// Up to three earlier incidents of the same rule, closest in peak value first.
    private func pastIncidents(like signal: RuleSignal) -> [String] {
        let value = signal.measurements.first?.value ?? 0
        let past = incidents.filter { $0.ruleID == signal.ruleID && $0.end != nil }
            .sorted { abs($0.peak - value) < abs($1.peak - value) }.prefix(3)
        guard !past.isEmpty else {
            return ["No earlier \(signal.ruleID) incident since start-up (the last \(Self.maxIncidents) are kept in memory)."]
        }
        return ["Similar past incidents: " + past.map { incident in
            let lasted = (incident.end ?? incident.start) - incident.start
            return "\(incident.group) at \(RuleFormat.clock(incident.start)) UTC for \(RuleFormat.duration((lasted / 60).rounded() * 60)), "
                + "peak \(incident.measurement) \(RuleFormat.value(incident.peak, unit: incident.unit))"
        }.joined(separator: "; ") + "."]
    }

    // MARK: - Bookkeeping

    /// Opens an incident when a group starts firing, tracks its peak, closes it when it stops.
    private mutating func track(_ signal: RuleSignal, now: Double) {
        let group = signal.group.description
        let open = incidents.lastIndex { $0.ruleID == signal.ruleID && $0.group == group && $0.end == nil }
        let value = signal.measurements.first?.value ?? 0
        if signal.state.isFiring {
            if let open {
                incidents[open].peak = max(incidents[open].peak, value)
            } else {
                incidents.append(Incident(
                    ruleID: signal.ruleID, group: group, start: now, peak: value,
                    measurement: signal.measurements.first?.name ?? "value", unit: signal.measurements.first?.unit ?? ""))
                if incidents.count > Self.maxIncidents { incidents.removeFirst(incidents.count - Self.maxIncidents) }
            }
        } else if let open {
            incidents[open].end = now
        }
    }

    /// Every bucket of `model` (every model when nil) that starts in `[from, to)`.
    private func sum(model: String?, from: Double, to: Double) -> Minute {
        var total = Minute(start: from)
        for (name, ring) in minutes where model == nil || name == model {
            let first = (from / 60).rounded(.down) * 60
            for minute in ring where minute.start >= first && minute.start < to {
                total.calls += minute.calls
                total.rateLimited += minute.rateLimited
                total.serverErrors += minute.serverErrors
                total.timeouts += minute.timeouts
                total.latencySumMs += minute.latencySumMs
                total.answersChecked += minute.answersChecked
                total.invalidIDs += minute.invalidIDs
                total.nameMismatches += minute.nameMismatches
                total.priceMismatches += minute.priceMismatches
                total.noProducts += minute.noProducts
                for (name, c) in minute.components {
                    let old = total.components[name] ?? (0, 0)
                    total.components[name] = (old.sum + c.sum, old.count + c.count)
                }
            }
        }
        return total
    }
}
