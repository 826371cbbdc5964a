import Yams

extension ConfigScalar {
    /// The text and style of a Yams scalar.
    init(_ scalar: Node.Scalar) {
        self.init(text: scalar.string, isPlain: scalar.style == .plain || scalar.style == .any)
    }
}
