import Synchronization

/// Admits at most `limit` distinct names and folds the rest into one overflow name, so values
/// taken from request paths (model names) cannot grow tag sets or maps without bound.
final class BoundedNames: Sendable {
    private let seen = Mutex<Set<String>>([])
    let limit: Int
    let overflow: String

    init(limit: Int, overflow: String) {
        self.limit = limit
        self.overflow = overflow
    }

    /// `name` if it is already known or there is room; otherwise the overflow name.
    func admit(_ name: String) -> String {
        seen.withLock { seen in
            if seen.contains(name) { return name }
            guard seen.count < limit else { return overflow }
            seen.insert(name)
            return name
        }
    }
}
