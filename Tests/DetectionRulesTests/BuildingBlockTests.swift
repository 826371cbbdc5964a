import DetectionRules
import Testing

@Suite struct SlidingWindowTests {
    @Test func sumsCountsAndExpiresOldBuckets() {
        var w = SlidingWindow(window: 60, buckets: 6)
        w.add(2, weight: 4, at: 1000)
        w.add(3, weight: 1, at: 1025)
        #expect(w.sum(now: 1030) == 5)
        #expect(w.count(now: 1030) == 5)
        #expect(w.max(now: 1030) == 3)
        #expect(w.mean(now: 1030) == 1)
        // 1000 is in bucket [1000, 1010); it leaves the window once now reaches 1060.
        #expect(w.sum(now: 1059) == 5)
        #expect(w.sum(now: 1060) == 3)
        #expect(w.sum(now: 1100) == 0)
        #expect(w.max(now: 1100) == nil)
        #expect(w.ratePerSecond(now: 1030) == 5.0 / 60)
    }

    @Test func reusesSlotsAndDropsLateValues() {
        var w = SlidingWindow(window: 10, buckets: 10)
        for t in 0..<100 { w.add(1, at: 1000 + Double(t)) }
        #expect(w.sum(now: 1099) == 10)
        w.add(1, at: 1050)  // its slot now holds a later second
        #expect(w.lateDrops == 1)
        #expect(w.sum(now: 1099) == 10)
    }
}

@Suite struct QuantileSketchTests {
    @Test(arguments: [0.5, 0.9, 0.95, 0.99, 0.999])
    func withinRelativeAccuracyOfExactQuantiles(q: Double) throws {
        var rng = SeededRandom(seed: 7)
        var sketch = QuantileSketch(relativeAccuracy: 0.01, maxBuckets: 2048)
        var values: [Double] = []
        for _ in 0..<20_000 {
            // Roughly log-normal latencies: e^(N(7, 0.6)) ms, by the product of two scaled uniforms.
            let v = 1_100 * (1 + rng.gaussian(sd: 0.5)).magnitude + 5
            values.append(v)
            sketch.add(v)
        }
        values.sort()
        let exact = values[Int((q * Double(values.count - 1)).rounded(.down))]
        let estimate = try #require(sketch.quantile(q))
        #expect(abs(estimate - exact) / exact <= 0.01 + 1e-9)
        #expect(!sketch.collapsed)
    }

    @Test func bucketCountStaysUnderTheCapAndHighQuantilesStayAccurate() throws {
        var sketch = QuantileSketch(relativeAccuracy: 0.02, maxBuckets: 64)
        var values: [Double] = []
        var x = 0.01
        while x < 1_000_000 {
            sketch.add(x)
            values.append(x)
            x *= 1.01
        }
        #expect(sketch.bucketCount <= 64)
        #expect(sketch.collapsed)
        let exact = values[Int((0.99 * Double(values.count - 1)).rounded(.down))]
        let p99 = try #require(sketch.quantile(0.99))
        #expect(abs(p99 - exact) / exact <= 0.02 + 1e-9)
    }

    @Test func emptyAndZeroValues() {
        var sketch = QuantileSketch()
        #expect(sketch.quantile(0.5) == nil)
        sketch.add(0)
        sketch.add(0)
        sketch.add(100)
        #expect(sketch.quantile(0.5) == 0)
        sketch.reset()
        #expect(sketch.count == 0)
    }
}

@Suite struct AverageTests {
    @Test func ewma() {
        var e = EWMA(alpha: 0.5)
        #expect(e.value == nil)
        e.add(10)
        e.add(20)
        e.add(20)
        #expect(e.value == 17.5)
    }

    @Test func simpleMovingAverageKeepsTheLastN() {
        var s = SimpleMovingAverage(capacity: 3)
        for x in [1.0, 2, 3, 4, 5] { s.add(x) }
        #expect(s.value == 4)
        #expect(s.count == 3)
    }
}

@Suite struct HourlyBaselineTests {
    @Test func saysHowMuchHistoryItHas() {
        var b = HourlyBaseline()
        let start = TestClock().now
        for minute in 0..<(60 * 60) { b.add(1, at: start + Double(minute) * 60) }  // 60 hours
        let now = start + 60 * 3600
        #expect(b.coveredHours(now: now) == 60)
        #expect(b.coveredDays(now: now) == 2.5)
        #expect(b.movingAverage(now: now) == 1)
    }

    @Test func isAMeanOfHourlyMeansOverSevenDaysExcludingTheCurrentHour() {
        var b = HourlyBaseline()
        let start = TestClock().now
        for hour in 0..<(24 * 9) {
            let t = start + Double(hour) * 3600
            b.add(hour < 24 * 2 ? 100 : 2, at: t)  // two old days of 100 fall out of the 7-day window
            b.add(hour < 24 * 2 ? 100 : 4, at: t + 60)
        }
        let now = start + Double(24 * 9) * 3600 + 10
        #expect(b.coveredHours(now: now) == 168)
        #expect(b.movingAverage(now: now) == 3)
        b.add(1_000, at: now)  // the current hour does not count
        #expect(b.movingAverage(now: now) == 3)
    }
}

@Suite struct BaselineSnapshotTests {
    @Test func roundTripsThroughBytes() throws {
        var b = HourlyBaseline()
        b.add(0.8, at: 3600 * 10)
        b.add(0.9, at: 3600 * 11)
        let snapshot = BaselineSnapshot(savedAt: 3600 * 12, baselines: [.init(rule: "quality_degradation", group: "model=m", baseline: b)])
        let decoded = try BaselineSnapshot(decoding: snapshot.encode())
        #expect(decoded == snapshot)
        #expect(decoded.baselines[0].baseline.movingAverage(now: 3600 * 12) == b.movingAverage(now: 3600 * 12))
    }

    @Test func rejectsOtherVersionsAndCorruptBytes() {
        let other = Array(#"{"version":2,"savedAt":0,"baselines":[]}"#.utf8)
        #expect(throws: BaselineSnapshotError.unsupportedVersion(found: 2, expected: 1)) { try BaselineSnapshot(decoding: other) }
        do {
            _ = try BaselineSnapshot(decoding: Array("not json".utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.code == "corrupt")
            #expect(error.description.contains("corrupt"))
        }
        let badShape = Array(#"{"version":1,"savedAt":0,"baselines":[{"rule":"r","group":"all","baseline":{"hourIndex":[1],"sums":[1],"counts":[1]}}]}"#.utf8)
        #expect(throws: BaselineSnapshotError.self) { try BaselineSnapshot(decoding: badShape) }
    }

    @Test func engineSnapshotRestoresBaselines() throws {
        var sim = Simulation()
        sim.run(3 * 3600)
        let snapshot = sim.engine.snapshot(now: sim.clock.now)
        #expect(snapshot.baselines.map(\.rule).sorted() == ["cost_per_conversion", "quality_degradation"])
        var fresh = RuleEngine(configuration: .testing)
        #expect(fresh.restore(try BaselineSnapshot(decoding: snapshot.encode())) == 2)
        #expect(fresh.snapshot(now: sim.clock.now).baselines == snapshot.baselines)
    }
}
