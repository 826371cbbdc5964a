import DetectionRules
import Testing

/// The hour-of-day baseline of `predictive_capacity`: a morning peak seen every day stops looking
/// like runaway growth once a day of history exists, while the same ramp at night still warns.
@Suite struct CapacityDailyProfileTests {
    static let day = 1440

    /// 20 RPM at night; from 06:00 a 3-hour ramp to 80 RPM, held until 13:00, then back down
    /// over 3 hours. The quota is 100 RPM; the ramp's Holt trend alone points past it.
    static func usual(_ minute: Int) -> Double {
        let m = Double(minute % day)
        switch m {
        case ..<360: return 20
        case ..<540: return 20 + (m - 360) / 3
        case ..<780: return 80
        case ..<960: return 80 - (m - 780) / 3
        default: return 20
        }
    }

    /// The morning ramp moved to 02:00, on a day whose history has 20 RPM then.
    static func unusual(_ minute: Int) -> Double {
        let m = minute % day
        return m >= 120 && m < 300 ? 20 + Double(m - 120) / 3 : usual(minute)
    }

    static var configuration: RuleEngineConfiguration {
        var c = RuleEngineConfiguration()
        c.capacity.quotas["m"] = ModelQuota(requestsPerMinute: 100)
        return c
    }

    /// Minutes (since the start) at which `predictive_capacity` began warning or alerting.
    static func firings(
        _ engine: inout RuleEngine, minutes: Range<Int>, rpm: (Int) -> Double
    ) -> [Int] {
        var out: [Int] = []
        CapacityInputsTests.drive(&engine, minutes: minutes, rpm: rpm, call: { _, _, _ in CapacityInputsTests.ok() }) { s, m in
            if s.ruleID == "predictive_capacity", s.state == .warn || (s.state == .alert && s.previousState != .warn) {
                out.append(m)
            }
        }
        return out
    }

    @Test func aDailyPeakSeenBeforeStopsWarningAnUnusualHourStillDoes() {
        var engine = RuleEngine(configuration: Self.configuration)
        let firstDay = Self.firings(&engine, minutes: 0..<Self.day, rpm: Self.usual)
        #expect(firstDay.contains { (360..<780).contains($0) }, "without history the ramp warns: \(firstDay)")
        _ = Self.firings(&engine, minutes: Self.day..<(2 * Self.day), rpm: Self.usual)
        var night = engine
        let thirdDay = Self.firings(&engine, minutes: (2 * Self.day)..<(3 * Self.day), rpm: Self.usual)
        #expect(thirdDay.isEmpty, "the usual peak warned at minutes \(thirdDay.map { $0 % Self.day })")
        let unusual = Self.firings(&night, minutes: (2 * Self.day)..<(3 * Self.day), rpm: Self.unusual)
        #expect(unusual.contains { (120..<330).contains($0 % Self.day) }, "the night ramp: \(unusual.map { $0 % Self.day })")
    }

    @Test func theDailyProfileSurvivesTheStateFile() throws {
        var engine = RuleEngine(configuration: Self.configuration)
        _ = Self.firings(&engine, minutes: 0..<(2 * Self.day), rpm: Self.usual)
        let now = TestClock().now + Double(2 * Self.day) * 60
        let bytes = engine.stateSnapshot(now: now).encode()
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"version\":3"))
        var restored = RuleEngine(configuration: Self.configuration)
        #expect(restored.restore(try RuleStateSnapshot(decoding: bytes)) > 0)
        let same = restored.stateSnapshot(now: now).encode() == bytes
        #expect(same, "the state changed in a save and restore")
        let thirdDay = Self.firings(&restored, minutes: (2 * Self.day)..<(3 * Self.day), rpm: Self.usual)
        #expect(thirdDay.isEmpty, "the restored profile forgot the peak: \(thirdDay)")
    }

    @Test func aVersion2StateStillRestoresItsForecasts() throws {
        var engine = RuleEngine(configuration: Self.configuration)
        _ = Self.firings(&engine, minutes: 0..<120, rpm: { _ in 50 })
        var text = String(decoding: engine.stateSnapshot(now: TestClock().now + 7200).encode(), as: UTF8.self)
        text = text.replacing("\"version\":3", with: "\"version\":2")
            .replacing("\"errorRate\"", with: "\"rate429\"")
        var restored = RuleEngine(configuration: Self.configuration)
        #expect(restored.restore(try RuleStateSnapshot(decoding: Array(text.utf8))) > 0)
        _ = restored.evaluate(now: TestClock().now + 7230)
        #expect(restored.errorProbabilities["m"] != nil, "the minutes observed came back, so no warm-up")
    }
}
