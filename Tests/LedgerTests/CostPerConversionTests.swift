import Ledger
import Pricing
import ProxyCore
import Testing

@Suite struct CostPerConversionTests {
    /// Cost per conversion over 1 h and 24 h as time moves on, computed by hand.
    ///
    /// Cost per conversion is all spend in the window ÷ conversions in it. Buckets are 1 minute
    /// wide, numbered from the first call (at 0:00), so an event at minute m lands in bucket m,
    /// and a window of W minutes at bucket n covers buckets n − W + 1 … n.
    @Test func rollingWindows() {
        var ledger = ConversionLedger()
        let hour = Duration.hours(1)
        let day = Duration.hours(24)
        func convert(_ session: String, _ order: String, _ value: String, at offset: Duration) {
            let request = ConversionRequest(sessionID: session, orderID: order, value: usd(value))
            #expect(ledger.record(request, now: at(offset)).isRecorded)
        }
        func cost(_ window: Duration, at offset: Duration) -> Money? {
            ledger.costPerConversion(window: window, now: at(offset))
        }

        // A: s1 spent 0.10 + 0.20 and converts at 0:01 (bucket 0).
        ledger.recordCall(session: "s1", amount: usd("0.10"), now: at(.zero))
        ledger.recordCall(session: "s1", amount: usd("0.20"), now: at(.seconds(30)))
        convert("s1", "A", "50", at: .minutes(1))
        // B: s2 spent 0.90 and converts at 0:20 (bucket 19). C: unknown session at 0:30 (bucket 29).
        ledger.recordCall(session: "s2", amount: usd("0.90"), now: at(.minutes(10)))
        convert("s2", "B", "20", at: .minutes(20))
        convert("s3", "C", "5", at: .minutes(30))

        // At 0:40: (0.30 + 0.90 + 0) / 3 = 0.40 in both windows.
        #expect(cost(hour, at: .minutes(40)) == usd("0.40"))
        #expect(cost(day, at: .minutes(40)) == usd("0.40"))
        #expect(ledger.summary(window: hour, now: at(.minutes(40))).totals.revenue == usd("75"))

        // At 1:00:59 (bucket 60) the hour covers 0:01 … 1:00:59: s1's spend (bucket 0) has rolled
        // off but A (bucket 1) has not: 0.90 / 3 = 0.30. At 1:01 (bucket 61) A has rolled off too:
        // 0.90 / 2 = 0.45.
        #expect(cost(hour, at: .minutes(61) - .seconds(1)) == usd("0.30"))
        #expect(cost(hour, at: .minutes(61)) == usd("0.45"))
        #expect(cost(day, at: .minutes(61)) == usd("0.40"))

        // D: s4 spent 0.25 and converts at 2:00 (bucket 119). The hour holds D alone; the day
        // (0.30 + 0.90 + 0 + 0.25) / 4 = 0.3625.
        ledger.recordCall(session: "s4", amount: usd("0.25"), now: at(.minutes(110)))
        convert("s4", "D", "10", at: .hours(2))
        #expect(cost(hour, at: .hours(2)) == usd("0.25"))
        #expect(cost(day, at: .hours(2)) == usd("0.3625"))

        let snapshot = ledger.snapshot(now: at(.hours(2)))
        #expect(snapshot.lastHour.label == "1h")
        #expect(snapshot.lastDay.label == "24h")
        #expect(snapshot.lastHour.costPerConversionUSD == 0.25)
        #expect(snapshot.lastDay.costPerConversionUSD == 0.3625)
        #expect(snapshot.lastHour.totals.conversions == 1)
        #expect(snapshot.lastDay.totals.conversions == 4)
        #expect(snapshot.lastDay.totals.revenue == usd("85"))
        #expect(snapshot.lastHour.covered == hour)
        #expect(snapshot.lastDay.covered == day)
        #expect(snapshot.windows.map(\.label) == ["1h", "24h"])
        #expect(snapshot.rememberedOrders == 4)

        // At 24:20 (bucket 1459) the day covers buckets 20…1459: C and D, (0 + 0.25) / 2 = 0.125;
        // the hour is empty.
        #expect(cost(day, at: .hours(24) + .minutes(20)) == usd("0.125"))
        #expect(cost(hour, at: .hours(24) + .minutes(20)) == nil)

        // E: s5 spent 0.60 and converts at 24:30 (bucket 1469, the ring slot C used). The day covers
        // 30…1469: D and E, (0.25 + 0.60) / 2 = 0.425; the hour E alone.
        ledger.recordCall(session: "s5", amount: usd("0.60"), now: at(.hours(24) + .minutes(21)))
        convert("s5", "E", "7", at: .hours(24) + .minutes(30))
        #expect(cost(day, at: .hours(24) + .minutes(30)) == usd("0.425"))
        #expect(cost(hour, at: .hours(24) + .minutes(30)) == usd("0.60"))

        // Three days on, both windows are empty; the all-time totals remain.
        #expect(cost(hour, at: .hours(72)) == nil)
        #expect(cost(day, at: .hours(72)) == nil)
        let later = ledger.snapshot(now: at(.hours(72)))
        #expect(later.lastDay.costPerConversionUSD == nil)
        #expect(later.allTime.conversions == 5)
        #expect(later.allTime.convertedSpend == usd("2.05"))
        #expect(later.allTime.revenue == usd("92"))
        #expect(later.allTime.costPerConversion == usd("0.41"))
    }

    @Test func noConversionsIsNil() {
        let ledger = ConversionLedger()
        #expect(ledger.costPerConversion(window: .hours(1), now: at(.zero)) == nil)
        #expect(ledger.snapshot(now: at(.zero)).lastDay.totals == ConversionTotals())
    }

    /// Windows are rounded up to whole buckets and capped at the ring's span.
    @Test(arguments: [
        (Duration.seconds(90), Duration.minutes(2)),
        (.zero, .minutes(1)),
        (.minutes(5), .minutes(5)),
        (.hours(48), .hours(24)),
    ])
    func windowRounding(window: Duration, covered: Duration) {
        let ledger = ConversionLedger()
        #expect(ledger.summary(window: window, now: at(.zero)).covered == covered)
        #expect(ledger.longestWindow == .hours(24))
    }

    /// Coarser buckets: 5 minutes × 288 still span a day, and a window counts whole buckets.
    @Test func fiveMinuteBuckets() {
        var ledger = ConversionLedger(configuration: .init(bucketWidth: .minutes(5), bucketCount: 288))
        #expect(ledger.longestWindow == .hours(24))
        ledger.recordCall(session: "a", amount: usd("1"), now: at(.zero))
        _ = ledger.record(ConversionRequest(sessionID: "a", orderID: "1"), now: at(.zero))
        ledger.recordCall(session: "b", amount: usd("3"), now: at(.minutes(4)))
        _ = ledger.record(ConversionRequest(sessionID: "b", orderID: "2"), now: at(.minutes(4)))
        // Both in bucket 0: (1 + 3) / 2.
        #expect(ledger.costPerConversion(window: .minutes(5), now: at(.minutes(4))) == usd("2"))
        // At 1:00 (bucket 12) an hour covers buckets 1…12: empty. At 0:59 (bucket 11) 0…11: both.
        #expect(ledger.costPerConversion(window: .hours(1), now: at(.minutes(60))) == nil)
        #expect(ledger.costPerConversion(window: .hours(1), now: at(.minutes(59))) == usd("2"))
    }
}
