import ProxyCore

extension PriceEntry {
    /// Checks the entry and converts its prices exactly.
    ///
    /// Errors carry a path inside the entry, starting with the model name:
    /// `gemini-2.5-pro.dialects.vertex.tiers[0].input`.
    package func validated() throws(PriceConfigError) -> PricedModel {
        let name = try located("model") { () throws(PriceConfigError) in try Self.validName(model) }
        do throws(PriceConfigError) {
            var aliasNames: [String] = []
            for (index, alias) in aliases.enumerated() {
                aliasNames.append(
                    try located("aliases[\(index)]") { () throws(PriceConfigError) in try Self.validName(alias) })
            }
            let prices = try Self.prices(input: input, output: output, cachedInput: cachedInput, tiers: tiers)
            var dialectPrices: [Dialect: ModelPrices] = [:]
            for (dialect, override) in dialects.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                dialectPrices[dialect] = try located("dialects.\(dialect.rawValue)") { () throws(PriceConfigError) in
                    try Self.prices(
                        input: override.input ?? input,
                        output: override.output ?? output,
                        cachedInput: override.cachedInput ?? cachedInput,
                        tiers: override.tiers ?? tiers
                    )
                }
            }
            return PricedModel(model: name, aliases: aliasNames, prices: prices, dialectPrices: dialectPrices)
        } catch {
            throw error.under(name)
        }
    }

    /// A model name or alias in normalized form.
    private static func validName(_ text: String) throws(PriceConfigError) -> String {
        let name = ModelName.normalize(text)
        guard !name.isEmpty else {
            throw .invalidModel("model name '\(text)' is empty; write a name such as gemini-2.5-flash")
        }
        guard !name.contains(where: { $0 == " " || $0 == "\t" }) else {
            throw .invalidModel("model name '\(text)' contains spaces; write it as in the request path")
        }
        return name
    }

    private static func prices(
        input: String,
        output: String,
        cachedInput: String?,
        tiers: [Tier]
    ) throws(PriceConfigError) -> ModelPrices {
        let base = try rates(input: input, output: output, cachedInput: cachedInput)
        var checked: [PriceTier] = []
        for (index, tier) in tiers.enumerated() {
            do throws(PriceConfigError) {
                guard tier.promptTokensAbove > 0 else {
                    throw .invalidTier(
                        "promptTokensAbove is \(tier.promptTokensAbove); a tier needs a threshold of at least 1 token "
                            + "(prices up to the first threshold are the entry's own)"
                    )
                }
                if let earlier = checked.first(where: { $0.promptTokensAbove == tier.promptTokensAbove }) {
                    throw .invalidTier(
                        "two tiers start above \(earlier.promptTokensAbove) tokens; give each tier its own threshold"
                    )
                }
                guard (tier.cachedInput == nil) == (cachedInput == nil) else {
                    throw .invalidTier(
                        cachedInput == nil
                            ? "the tier has a cachedInput price but the model has none; "
                                + "add one to the model or remove it here"
                            : "the tier has no cachedInput price but the model has one; add the tier's cached price"
                    )
                }
                let tierRates = try rates(input: tier.input, output: tier.output, cachedInput: tier.cachedInput)
                checked.append(PriceTier(promptTokensAbove: tier.promptTokensAbove, rates: tierRates))
            } catch {
                throw error.under("tiers[\(index)]")
            }
        }
        return ModelPrices(base: base, tiers: checked)
    }

    private static func rates(
        input: String,
        output: String,
        cachedInput: String?
    ) throws(PriceConfigError) -> PriceRates {
        let inputPrice = try located("input") { () throws(PriceConfigError) in try TokenPrice(parsing: input) }
        let outputPrice = try located("output") { () throws(PriceConfigError) in try TokenPrice(parsing: output) }
        var cachedPrice: TokenPrice?
        if let cachedInput {
            cachedPrice = try located("cachedInput") { () throws(PriceConfigError) in
                try TokenPrice(parsing: cachedInput)
            }
        }
        return PriceRates(input: inputPrice, output: outputPrice, cachedInput: cachedPrice)
    }
}

/// Runs `body`, putting `component` in front of the path of any error it throws.
private func located<T>(_ component: String, _ body: () throws(PriceConfigError) -> T) throws(PriceConfigError) -> T {
    do {
        return try body()
    } catch {
        throw error.under(component)
    }
}
