@testable import ProxyConfig
import Testing

/// The reader on its own, with a section made up for the test: adding a section takes a
/// struct, an `init(reading:)` that asks for each key, and one `section(_:)` call.
@Suite struct ConfigReaderTests {
    struct Probe: ConfigSection, Equatable {
        var name = "default"
        var enabled = false
        var count = 1
        var nested = Inner()

        struct Inner: ConfigSection, Equatable {
            var wait = Duration.seconds(1)
            var size = 1024

            init() {}

            init(reading reader: ConfigReader) {
                wait = reader.duration("wait", default: wait, in: .zero...Duration.seconds(60))
                size = reader.byteSize("size", default: size, in: 0...Int.max)
            }
        }

        init() {}

        init(reading reader: ConfigReader) {
            name = reader.string("name", default: name)
            enabled = reader.bool("enabled", default: enabled)
            count = reader.int("count", default: count, in: 1...10)
            nested = reader.section("nested")
        }
    }

    /// Reads `yaml` as a document holding a `probe` section.
    func read(_ yaml: String) -> (Probe, [Reported]) {
        let log = ConfigProblemLog(source: "probe.yaml")
        let reader = ConfigReader.document(ConfigDocument.compose(yaml, log: log), log: log)
        let probe: Probe = reader.section("probe")
        reader.finish()
        return (probe, log.problems.map { Reported($0.keyPath, $0.line, $0.message) })
    }

    @Test func readsKnownKeys() {
        let (probe, problems) = read("probe:\n  name: '42'\n  enabled: on\n  count: 3\n  nested: {wait: 2s, size: 2KiB}\n")
        var expected = Probe()
        expected.name = "42"
        expected.enabled = true
        expected.count = 3
        expected.nested.wait = .seconds(2)
        expected.nested.size = 2048
        #expect(probe == expected)
        #expect(problems.isEmpty)
    }

    @Test func keepsDefaultsForBadValuesAndGoesOn() {
        let (probe, problems) = read("probe:\n  name: [x]\n  enabled: 1\n  count: 11\n  nested: {wait: 2m, sise: 1}\n")
        #expect(probe == Probe())
        #expect(problems == [
            Reported("probe.name", 2, "expected a string, got a list"),
            Reported("probe.enabled", 3, "expected a boolean (true or false), got '1'"),
            Reported("probe.count", 4, "must be between 1 and 10, got 11"),
            Reported("probe.nested.wait", 5, "must be between 0s and 1m, got 2m"),
            Reported("probe.nested.sise", 5, "unknown key 'sise'; did you mean 'size'?"),
        ])
    }

    @Test func finishReportsOnlyOnce() {
        let log = ConfigProblemLog(source: "x")
        let reader = ConfigReader.document(ConfigDocument.compose("a: 1\n", log: log), log: log)
        reader.finish()
        reader.finish()
        #expect(log.problems.count == 1)
    }

    @Test(arguments: [
        ("listne", "listen"), ("lisen", "listen"), ("admn", "admin"), ("servicename", "service_name"),
        ("Logging", "logging"),
    ])
    func suggestsCloseKeys(typo: String, meant: String) {
        let known = ["listen", "admin", "service_name", "upstream", "limits", "logging"]
        #expect(EditDistance.closest(to: typo, in: known) == meant)
    }

    @Test(arguments: ["datadog", "x", "lst", "services"])
    func doesNotSuggestDistantKeys(word: String) {
        #expect(EditDistance.closest(to: word, in: ["listen", "admin", "service_name", "logging"]) == nil)
    }

    @Test(arguments: [("", "abc", 3), ("kitten", "sitting", 3), ("same", "same", 0), ("flaw", "lawn", 2)])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(EditDistance.between(a, b) == distance)
        #expect(EditDistance.between(b, a) == distance)
    }
}
