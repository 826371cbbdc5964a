import ProxyCore
import Synchronization

/// In-memory call statistics behind `GET /v1/status`: totals, per dialect, per model, and the
/// last N call records. Memory is bounded: model keys are capped, and samples and records are rings.
final class StatusStore: CallRecordSink, Sendable {
    struct ModelKey: Hashable, Sendable {
        var dialect: Dialect
        var model: String
    }

    struct State: Sendable {
        var totals = StatusCounters()
        var byDialect: [Dialect: StatusCounters] = [:]
        var byModel: [ModelKey: StatusCounters] = [:]
        var recent: [CallRecord] = []
        var recentNext = 0
    }

    /// Distinct models tracked; further models are folded into `(other models)`.
    static let maxModels = 256
    static let overflowModel = "(other models)"

    private let state = Mutex(State())
    private let models = BoundedNames(limit: maxModels, overflow: overflowModel)
    let recentCapacity: Int
    let startedAt: ContinuousClock.Instant

    init(recentCapacity: Int) {
        self.recentCapacity = recentCapacity
        self.startedAt = .now
    }

    func record(_ record: CallRecord) {
        let capacity = recentCapacity
        let key = ModelKey(dialect: record.dialect, model: record.model.isEmpty ? "(none)" : models.admit(record.model))
        state.withLock { state in
            state.totals.add(record)
            state.byDialect[record.dialect, default: StatusCounters()].add(record)
            state.byModel[key, default: StatusCounters()].add(record)
            guard capacity > 0 else { return }
            if state.recent.count < capacity {
                state.recent.append(record)
            } else {
                state.recent[state.recentNext] = record
                state.recentNext = (state.recentNext + 1) % capacity
            }
        }
    }

    /// A consistent copy of the current state, with recent records oldest first.
    func snapshot() -> State {
        state.withLock { state in
            var copy = state
            if copy.recent.count == recentCapacity, copy.recentNext > 0 {
                copy.recent = Array(state.recent[state.recentNext...] + state.recent[..<state.recentNext])
                copy.recentNext = 0
            }
            return copy
        }
    }
}
