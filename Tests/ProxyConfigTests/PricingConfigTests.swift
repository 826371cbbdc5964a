import Pricing
import ProxyConfig
import ProxyCore
import Testing

@Suite struct PricingConfigTests {
    @Test func anEntryReplacesTheBuiltInOneAndNewModelsAreAdded() throws {
        let yaml = """
            pricing:
              priority: "2"
              models:
                gemini-2.5-flash:
                  input: "0.20"
                  output: "2.00"
                my-tuned-model:
                  input: "1"
                  output: "3"
                  cached_input: "0.5"
                  gemini_api:
                    output: "4"
            """
        let pricing = try ProxyConfiguration.load(yaml: yaml).pricing
        #expect(pricing.models.count == PriceEntry.defaults.count + 1)
        let flash = try #require(pricing.models.first { $0.model == "gemini-2.5-flash" })
        #expect(flash.input == "0.20" && flash.output == "2.00" && flash.cachedInput == nil, "replaced as a whole")
        #expect(pricing.multipliers.priority == PriceMultiplier(numerator: 2, denominator: 1))
        let tuned = try #require(pricing.table.prices(for: "my-tuned-model", dialect: .geminiAPI))
        #expect(pricing.table.prices(for: "my-tuned-model", dialect: .vertex) != tuned, "the Developer API override applies")
    }

    @Test(arguments: [
        ("pricing:\n  models:\n    m:\n      input: \"0.3.0\"\n      output: \"1\"\n", "pricing.models.m.input", 4, "invalid price '0.3.0'"),
        ("pricing:\n  models:\n    m:\n      input: \"-1\"\n      output: \"1\"\n", "pricing.models.m.input", 4, "cannot be negative"),
        ("pricing:\n  models:\n    m:\n      input: \"0.1234567\"\n      output: \"1\"\n", "pricing.models.m.input", 4, "at most 6 digits"),
        ("pricing:\n  models:\n    m:\n      input: \"1\"\n      output: \"1\"\n      cachd_input: \"1\"\n", "pricing.models.m.cachd_input", 6, "did you mean 'cached_input'"),
        ("pricing:\n  models:\n    m:\n      input: \"1\"\n", "pricing.models.m", 3, "missing output"),
        ("pricing:\n  flex: half\n", "pricing.flex", 2, "half"),
        ("pricing:\n  models:\n    m:\n      input: \"1\"\n      output: \"1\"\n      tiers:\n        - prompt_tokens_above: 0\n          input: \"2\"\n          output: \"2\"\n", "pricing.models.m.tiers[0]", 6, "threshold"),
        ("pricing:\n  models: [a, b]\n", "pricing.models", 2, "expected a mapping of names to settings"),
    ])
    func badPricesNameTheKeyAndTheLine(yaml: String, keyPath: String, line: Int, fragment: String) throws {
        let problems = TestSupport.problems(yaml)
        #expect(problems.count == 1, "\(problems)")
        let problem = try #require(problems.first)
        #expect(problem.keyPath == keyPath)
        #expect(problem.line == line)
        #expect(problem.message.contains(fragment), "\(problem.message)")
    }

    @Test func anAliasClaimedTwiceIsOneProblemAndTheBuiltInTableStays() throws {
        let yaml = "pricing:\n  models:\n    mine:\n      aliases: [gemini-2.5-flash]\n      input: \"1\"\n      output: \"1\"\n"
        let problems = TestSupport.problems(yaml)
        #expect(problems.count == 1)
        #expect(problems.first?.keyPath == "pricing.models")
        #expect(problems.first?.message.contains("more than once") == true)
    }
}
