/// One named number behind a piece of advice, e.g. `prefix_tokens` = 5,000.
package struct CostAdviceFigure: Sendable, Hashable {
    /// A snake_case name, stable for a given kind.
    package var name: String
    /// The value; whole numbers are exact.
    package var value: Double

    /// A figure.
    /// - Parameters:
    ///   - name: The figure's name.
    ///   - value: Its value.
    package init(_ name: String, _ value: Double) {
        self.name = name
        self.value = value
    }
}
