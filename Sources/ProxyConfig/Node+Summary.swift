import Yams

extension Node {
    /// Whether the node is a null scalar (`~`, `null` or nothing at all).
    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return ConfigScalar(scalar).isNull
    }

    /// How the node reads in a problem message: `a mapping`, `a list`, `an empty value` or `'text'`.
    var summary: String {
        switch self {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar(let scalar):
            ConfigScalar(scalar).isNull ? "an empty value" : ConfigScalar(scalar).quoted
        }
    }
}
