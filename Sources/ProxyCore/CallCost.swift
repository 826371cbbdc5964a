/// What one call cost, as the pricing stage worked it out, carried on the ``CallRecord``.
package struct CallCost: Sendable, Hashable {
    /// How sure the figure is.
    package enum Basis: String, Sendable, Hashable {
        /// From the response's `usageMetadata` and a listed price.
        case reported
        /// The stream ended before usage arrived: tokens estimated from the bytes seen.
        case estimated
        /// The model has no price: amounts are zero and mean "not known".
        case unknownModel = "unknown_model"
        /// Provisioned throughput: prepaid, so zero by design.
        case prepaid
    }

    /// The model name prices were looked up under (the table's name when priced).
    package var pricedModel: String
    package var basis: Basis
    /// `on_demand`, `flex`, `priority`, `batch` or `provisioned_throughput`.
    package var serviceTier: String
    package var input: Money
    package var cachedInput: Money
    /// Output including thinking.
    package var output: Money
    /// The thinking share of ``output``.
    package var thoughts: Money
    package var total: Money
    /// Token counts used (estimated when ``basis`` is `.estimated`).
    package var usage: TokenUsage

    package init(
        pricedModel: String, basis: Basis, serviceTier: String, input: Money, cachedInput: Money, output: Money,
        thoughts: Money, total: Money, usage: TokenUsage
    ) {
        self.pricedModel = pricedModel
        self.basis = basis
        self.serviceTier = serviceTier
        self.input = input
        self.cachedInput = cachedInput
        self.output = output
        self.thoughts = thoughts
        self.total = total
        self.usage = usage
    }

    /// Whether the amounts are a real price (reported or estimated), not unknown.
    package var isPriced: Bool { basis == .reported || basis == .estimated || basis == .prepaid }
}
