import ProxyConfig
import Testing

@Suite struct DurationParsingTests {
    @Test(arguments: [
        ("250ms", Duration.milliseconds(250)),
        ("5s", .seconds(5)),
        ("2m", .seconds(120)),
        ("1h", .seconds(3600)),
        ("1m30s", .seconds(90)),
        ("1h2m3s4ms", .milliseconds(3_723_004)),
        ("1.5s", .milliseconds(1500)),
        ("0.1s", .milliseconds(100)),
        (".5h", .seconds(1800)),
        ("10us", .microseconds(10)),
        ("7ns", .nanoseconds(7)),
        ("5", .seconds(5)),
        ("0.25", .milliseconds(250)),
        ("0", .zero),
        ("90s", .seconds(90)),
    ])
    func parses(text: String, expected: Duration) throws {
        #expect(try Duration(configText: text) == expected)
    }

    @Test(arguments: ["", "s", "5x", "5 s", "-5s", "1m30", "5sec", "1..5s", "abc", "5s 2m", "1e3s"])
    func rejects(text: String) {
        #expect(throws: ConfigValueError.self) { try Duration(configText: text) }
    }

    @Test func rejectsOverflow() {
        #expect(throws: ConfigValueError.self) { try Duration(configText: "9999999999h") }
    }

    @Test(arguments: [
        (Duration.seconds(90), "1m30s"),
        (.milliseconds(250), "250ms"),
        (.seconds(600), "10m"),
        (.milliseconds(1500), "1s500ms"),
        (.zero, "0s"),
        (.seconds(3600), "1h"),
        (.nanoseconds(1_001), "1us1ns"),
    ])
    func formats(duration: Duration, expected: String) throws {
        #expect(duration.configText == expected)
        #expect(try Duration(configText: duration.configText) == duration)
    }

    @Test func invalidMessage() {
        #expect(throws: ConfigValueError.invalidValue(
            "invalid duration '5x': expected a number with a unit (ms, s, m, h), like '250ms', '5s' or '1m30s'"
        )) { try Duration(configText: "5x") }
    }
}
