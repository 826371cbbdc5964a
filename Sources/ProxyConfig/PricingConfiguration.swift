package import Pricing
import ProxyCore

/// Prices for every model, in USD per million tokens. YAML section `pricing`.
///
/// `pricing.models` is merged over the built-in table by model name: an entry given there
/// replaces that model's built-in entry as a whole, and new names add models.
package struct PricingConfiguration: Sendable, Equatable {
    /// Every model's prices after the merge, in table order.
    package var models: [PriceEntry]
    /// Factors for flex, batch and priority traffic. YAML `flex`, `batch`, `priority`.
    package var multipliers: TrafficMultipliers

    package init(models: [PriceEntry] = PriceEntry.defaults, multipliers: TrafficMultipliers = .default) {
        self.models = models
        self.multipliers = multipliers
    }

    package static let `default` = PricingConfiguration()

    /// The validated table. Reading already checked every entry, so this cannot fail for a
    /// configuration that loaded; a hand-built invalid one falls back to the built-in table.
    package var table: PriceTable {
        (try? PriceTable(entries: models, multipliers: multipliers)) ?? .default
    }
}

extension PricingConfiguration: ConfigSection {
    /// Reads the `pricing` section.
    init(reading reader: ConfigReader) {
        func multiplier(_ key: String, _ defaultValue: PriceMultiplier) -> PriceMultiplier {
            reader.parsed(key, default: defaultValue, expected: "a factor like 0.5") { (text) throws(ConfigValueError) in
                do throws(PriceConfigError) { return try PriceMultiplier(parsing: text) } catch { throw .invalidValue(error.message) }
            }
        }
        let defaults = TrafficMultipliers.default
        let multipliers = TrafficMultipliers(
            flex: multiplier("flex", defaults.flex), batch: multiplier("batch", defaults.batch),
            priority: multiplier("priority", defaults.priority)
        )
        var models = PriceEntry.defaults
        for section in reader.namedSections("models") ?? [] {
            let entry = Self.entry(named: section.name, reading: section.reader)
            section.reader.finish()
            let missing = ["input", "output"].filter { section.reader.line(of: $0) == nil }
            if !missing.isEmpty {
                reader.log.record(
                    keyPath: reader.keyPath("models." + section.name), line: section.line,
                    "missing \(missing.joined(separator: " and ")): every model needs input and output prices "
                        + "in USD per million tokens, e.g. input: \"0.30\""
                )
                continue
            }
            do {
                _ = try entry.validated()
            } catch {
                // The entry's path starts with its (normalized) model name; report under the key as written,
                // on the line of the field's first component.
                let inner = Self.yamlPath(error.path.split(separator: ".", maxSplits: 1).dropFirst().first.map(String.init) ?? "")
                let first = inner.split(separator: ".").first.map { String($0.prefix { $0 != "[" }) } ?? ""
                reader.log.record(
                    keyPath: reader.keyPath("models." + section.name) + (inner.isEmpty ? "" : "." + inner),
                    line: section.reader.line(of: first) ?? section.line, error.message
                )
                continue
            }
            let key = ModelName.normalize(section.name)
            if let index = models.firstIndex(where: { ModelName.normalize($0.model) == key }) {
                models[index] = entry
            } else {
                models.append(entry)
            }
        }
        do {
            _ = try PriceTable(entries: models, multipliers: multipliers)
        } catch {
            reader.log.record(keyPath: reader.keyPath("models"), line: reader.line(of: "models"), error.message)
            models = PriceEntry.defaults
        }
        self.init(models: models, multipliers: multipliers)
    }

    /// One model's mapping: `input`, `output`, `cached_input`, `aliases`, `tiers`, and
    /// per-dialect `vertex` / `gemini_api` overrides.
    static func entry(named name: String, reading reader: ConfigReader) -> PriceEntry {
        var entry = PriceEntry(
            model: name, aliases: reader.strings("aliases", default: []),
            input: reader.string("input", default: ""), output: reader.string("output", default: ""),
            cachedInput: reader.optionalString("cached_input"), tiers: tiers(reader)
        )
        for dialect in [Dialect.vertex, .geminiAPI] {
            guard let sections = reader.optionalSection(dialect.rawValue) else { continue }
            entry.dialects[dialect] = PriceEntry.Override(
                input: sections.optionalString("input"), output: sections.optionalString("output"),
                cachedInput: sections.optionalString("cached_input"), tiers: sections.line(of: "tiers") == nil ? nil : tiers(sections)
            )
            sections.finish()
        }
        return entry
    }

    static func tiers(_ reader: ConfigReader) -> [PriceEntry.Tier] {
        (reader.sectionList("tiers") ?? []).map { tier in
            defer { tier.finish() }
            return PriceEntry.Tier(
                promptTokensAbove: tier.int("prompt_tokens_above", default: 0, in: 0...100_000_000),
                input: tier.string("input", default: ""), output: tier.string("output", default: ""),
                cachedInput: tier.optionalString("cached_input")
            )
        }
    }

    /// `dialects.vertex.tiers[0].cachedInput` as the YAML spells it: `vertex.tiers[0].cached_input`.
    static func yamlPath(_ entryPath: String) -> String {
        var path = entryPath.hasPrefix("dialects.") ? String(entryPath.dropFirst("dialects.".count)) : entryPath
        for (swiftName, yamlName) in [("cachedInput", "cached_input"), ("promptTokensAbove", "prompt_tokens_above")] {
            path = path.split(separator: ".", omittingEmptySubsequences: false)
                .map { $0.hasPrefix(swiftName) ? yamlName + $0.dropFirst(swiftName.count) : String($0) }
                .joined(separator: ".")
        }
        return path
    }
}
