extension Unicode.Scalar {
    /// Whether the scalar is a control (`Cc`) or format (`Cf`) character: invisible text that has
    /// no place in an id.
    var isControlOrFormat: Bool {
        let category = properties.generalCategory
        return category == .control || category == .format
    }
}
