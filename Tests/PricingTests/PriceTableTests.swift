import Pricing
import ProxyCore
import Testing

@Suite struct PriceTableTests {
    struct Invalid: Sendable, CustomTestStringConvertible {
        var name: String
        var entries: [PriceEntry]
        var code: String
        var path: String

        var testDescription: String { name }
    }

    static let ok = PriceEntry(model: "m", input: "1", output: "2", cachedInput: "0.5")

    static let invalid: [Invalid] = [
        Invalid(
            name: "empty model", entries: [.init(model: " ", input: "1", output: "1", cachedInput: nil)],
            code: "invalid_model", path: "model"),
        Invalid(
            name: "prefix only", entries: [.init(model: "models/", input: "1", output: "1", cachedInput: nil)],
            code: "invalid_model", path: "model"),
        Invalid(
            name: "spaces", entries: [.init(model: "gemini 2", input: "1", output: "1", cachedInput: nil)],
            code: "invalid_model", path: "model"),
        Invalid(
            name: "empty alias",
            entries: [.init(model: "m", aliases: ["ok", ""], input: "1", output: "1", cachedInput: nil)],
            code: "invalid_model", path: "m.aliases[1]"),
        Invalid(
            name: "bad input", entries: [.init(model: "m", input: "0.30 USD", output: "1", cachedInput: nil)],
            code: "invalid_number", path: "m.input"),
        Invalid(
            name: "negative output", entries: [.init(model: "m", input: "1", output: "-1", cachedInput: nil)],
            code: "negative", path: "m.output"),
        Invalid(
            name: "precise cache", entries: [.init(model: "m", input: "1", output: "1", cachedInput: "0.0000001")],
            code: "too_precise", path: "m.cachedInput"),
        Invalid(
            name: "huge price", entries: [.init(model: "m", input: "10001", output: "1", cachedInput: nil)],
            code: "out_of_range", path: "m.input"),
        Invalid(
            name: "same name twice",
            entries: [ok, .init(model: "M", input: "1", output: "1", cachedInput: nil)],
            code: "duplicate_model", path: "m"
        ),
        Invalid(
            name: "alias of another model",
            entries: [ok, .init(model: "n", aliases: ["models/m"], input: "1", output: "1", cachedInput: nil)],
            code: "duplicate_model", path: "n"
        ),
        Invalid(
            name: "alias equal to own name",
            entries: [.init(model: "m", aliases: ["m"], input: "1", output: "1", cachedInput: nil)],
            code: "duplicate_model", path: "m"
        ),
        Invalid(
            name: "zero threshold",
            entries: [
                .init(
                    model: "m", input: "1", output: "1", cachedInput: nil,
                    tiers: [.init(promptTokensAbove: 0, input: "2", output: "2", cachedInput: nil)])
            ],
            code: "invalid_tier", path: "m.tiers[0]"
        ),
        Invalid(
            name: "repeated threshold",
            entries: [
                .init(
                    model: "m", input: "1", output: "1", cachedInput: nil,
                    tiers: [
                        .init(promptTokensAbove: 10, input: "2", output: "2", cachedInput: nil),
                        .init(promptTokensAbove: 10, input: "3", output: "3", cachedInput: nil),
                    ])
            ],
            code: "invalid_tier", path: "m.tiers[1]"
        ),
        Invalid(
            name: "tier lacks cached price",
            entries: [
                .init(
                    model: "m", input: "1", output: "1", cachedInput: "0.1",
                    tiers: [.init(promptTokensAbove: 10, input: "2", output: "2", cachedInput: nil)])
            ],
            code: "invalid_tier", path: "m.tiers[0]"
        ),
        Invalid(
            name: "tier has stray cached price",
            entries: [
                .init(
                    model: "m", input: "1", output: "1", cachedInput: nil,
                    tiers: [.init(promptTokensAbove: 10, input: "2", output: "2", cachedInput: "0.2")])
            ],
            code: "invalid_tier", path: "m.tiers[0]"
        ),
        Invalid(
            name: "bad tier price",
            entries: [
                .init(
                    model: "m", input: "1", output: "1", cachedInput: nil,
                    tiers: [.init(promptTokensAbove: 10, input: "2", output: "1.5e1", cachedInput: nil)])
            ],
            code: "invalid_number", path: "m.tiers[0].output"
        ),
        Invalid(
            name: "bad override",
            entries: [
                .init(model: "m", input: "1", output: "1", cachedInput: nil, dialects: [.vertex: .init(output: "x")])
            ],
            code: "invalid_number", path: "m.dialects.vertex.output"
        ),
        Invalid(
            name: "bad override tier",
            entries: [
                .init(
                    model: "m", input: "1", output: "1", cachedInput: nil,
                    dialects: [
                        .geminiAPI: .init(tiers: [
                            .init(promptTokensAbove: -1, input: "1", output: "1", cachedInput: nil)
                        ])
                    ])
            ],
            code: "invalid_tier", path: "m.dialects.gemini_api.tiers[0]"
        ),
    ]

    @Test(arguments: invalid)
    func rejects(_ expected: Invalid) {
        #expect {
            _ = try PriceTable(entries: expected.entries)
        } throws: { error in
            guard let error = error as? PriceConfigError else { return false }
            return error.code == expected.code && error.path == expected.path
                && error.description.hasPrefix("\(expected.path): ")
        }
    }

    @Test func errorsNameTheFieldAndTheFix() {
        let entry = PriceEntry(
            model: "gemini-x", input: "1", output: "1", cachedInput: "0.1",
            tiers: [
                .init(promptTokensAbove: 200_000, input: "2", output: "2", cachedInput: nil)
            ])
        #expect(throws: PriceConfigError.self) { try PriceTable(entries: [entry]) }
        do {
            _ = try PriceTable(entries: [entry])
        } catch {
            #expect(
                error.description
                    == "gemini-x.tiers[0]: the tier has no cachedInput price but the model has one; "
                    + "add the tier's cached price"
            )
        }
        let duplicate = [Self.ok, PriceEntry(model: "n", aliases: ["m"], input: "1", output: "1", cachedInput: nil)]
        do {
            _ = try PriceTable(entries: duplicate)
            Issue.record("expected a duplicate error")
        } catch {
            #expect(
                error.description
                    == "n: model name 'm' is listed more than once (by 'm' and 'n'); keep it on one entry only")
        }
    }

    @Test func namesAreNormalized() throws {
        let table = try PriceTable(entries: [
            PriceEntry(
                model: "Models/My-Model", aliases: ["publishers/google/models/My-Alias-001"], input: "1", output: "1",
                cachedInput: nil)
        ])
        #expect(table.modelNames == ["my-model"])
        #expect(table.resolve("my-alias-001")?.model == "my-model")
        #expect(table.resolve("MY-MODEL")?.aliases == ["my-alias-001"])
    }

    @Test func emptyTablePricesNothing() throws {
        let table = try PriceTable(entries: [])
        #expect(table.modelNames.isEmpty)
        #expect(table.cost(of: .make(prompt: 10), model: "gemini-2.5-flash", dialect: .vertex).isCostUnknown)
    }

    @Test func defaultTableModels() {
        #expect(
            PriceTable.default.modelNames == [
                "gemini-1.5-flash", "gemini-1.5-pro", "gemini-2.0-flash", "gemini-2.0-flash-lite",
                "gemini-2.5-flash", "gemini-2.5-flash-lite", "gemini-2.5-pro",
            ])
    }
}
