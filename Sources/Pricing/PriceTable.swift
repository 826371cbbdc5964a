package import ProxyCore

/// Per-model token prices, looked up by any spelling of a model name, plus the traffic multipliers.
///
/// Build one from ``PriceEntry`` values (``init(entries:multipliers:)``) or use ``default``; cost a
/// call with ``cost(of:model:dialect:batch:estimated:)``.
package struct PriceTable: Sendable {
    /// Factors for flex, batch and priority traffic.
    package let multipliers: TrafficMultipliers
    /// Validated models by normalized model name.
    private let models: [String: PricedModel]
    /// Every normalized name and alias, mapped to its model's name.
    private let names: [String: String]

    /// Validates entries into a table.
    ///
    /// Each name and alias may appear once in the whole table; errors carry the entry's path (see
    /// ``PriceEntry/validated()``).
    /// - Parameters:
    ///   - entries: The models and their prices.
    ///   - multipliers: Factors for each traffic type.
    package init(entries: [PriceEntry], multipliers: TrafficMultipliers = .default) throws(PriceConfigError) {
        var models: [String: PricedModel] = [:]
        var names: [String: String] = [:]
        for entry in entries {
            let priced = try entry.validated()
            for name in [priced.model] + priced.aliases {
                if let owner = names[name] {
                    throw PriceConfigError.duplicateModel(name, first: owner, second: priced.model).under(priced.model)
                }
                names[name] = priced.model
            }
            models[priced.model] = priced
        }
        self.models = models
        self.names = names
        self.multipliers = multipliers
    }

    /// Normalized names of every priced model, sorted.
    package var modelNames: [String] { models.keys.sorted() }

    /// The priced model a name refers to, by the rules of ``ModelName``, or nil when unknown.
    /// - Parameters:
    ///   - model: The model name as seen on the wire, in any spelling.
    package func resolve(_ model: String) -> PricedModel? {
        for candidate in ModelName.lookupCandidates(ModelName.normalize(model)) {
            if let name = names[candidate] { return models[name] }
        }
        return nil
    }

    /// The prices for a model in one dialect, or nil when the model is unknown.
    /// - Parameters:
    ///   - model: The model name, in any spelling.
    ///   - dialect: The call's dialect.
    package func prices(for model: String, dialect: Dialect) -> ModelPrices? {
        resolve(model)?.prices(for: dialect)
    }
}
