import ProxyCore
import Testing

/// Propagation as dd-trace-py does it (datadog.md §3), including its captured golden output.
@Suite("TraceContext")
struct TraceContextTests {
    static func extract(_ headers: [String: String], ids: [UInt64] = [2113661497832729917, 0xABCDEF]) -> TraceContext {
        var queue = ids
        return TraceContext.extract(header: { headers[$0] }, newID: { queue.removeFirst() }, nowSeconds: 0x6b0b_bcee)
    }

    @Test func datadogHeadersRoundTripToTheGoldenInjection() {
        let context = Self.extract([
            "x-datadog-trace-id": "382173529553792042", "x-datadog-parent-id": "5", "x-datadog-sampling-priority": "2",
            "x-datadog-origin": "rum", "x-datadog-tags": "_dd.p.dm=-4,_dd.p.tid=6b0bbcee00000000",
            "traceparent": "00-6b0bbcee00000000054dc0ccdf9c6c2a-0000000000000005-01", "tracestate": "dd=s:2;o:rum,congo=t61rcWkgMzE",
        ])
        #expect(context.traceIDHigh == 0x6b0b_bcee_0000_0000)
        #expect(context.traceIDLow == 382173529553792042)
        #expect(context.parentID == 5)
        #expect(context.samplingPriority == 2)
        let headers = Dictionary(uniqueKeysWithValues: context.injectionHeaders(priority: 2).map { ($0.name, $0.value) })
        #expect(headers["x-datadog-trace-id"] == "382173529553792042")
        #expect(headers["x-datadog-parent-id"] == "2113661497832729917")
        #expect(headers["x-datadog-sampling-priority"] == "2")
        #expect(headers["x-datadog-origin"] == "rum")
        #expect(headers["x-datadog-tags"] == "_dd.p.dm=-4,_dd.p.tid=6b0bbcee00000000")
        #expect(headers["traceparent"] == "00-6b0bbcee00000000054dc0ccdf9c6c2a-1d553bef01bd6d3d-01")
        #expect(headers["tracestate"] == "dd=p:1d553bef01bd6d3d;s:2;o:rum;t.dm:-4;t.tid:6b0bbcee00000000,congo=t61rcWkgMzE")
    }

    @Test func w3cOnlyContextIsContinued() {
        let context = Self.extract([
            "traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "tracestate": "dd=s:2;o:synthetics;t.dm:-3,rojo=00f067aa0ba902b7",
        ])
        #expect(context.traceIDHex == "4bf92f3577b34da6a3ce929d0e0e4736")
        #expect(context.parentID == 0x00f0_67aa_0ba9_02b7)
        #expect(context.samplingPriority == 2)
        #expect(context.origin == "synthetics")
        #expect(context.propagatedTags == ["_dd.p.dm": "-3"])
        #expect(context.foreignTraceState == "rojo=00f067aa0ba902b7")
    }

    @Test func tracestatePriorityMustAgreeWithTheSampledFlag() {
        let context = Self.extract(["traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00", "tracestate": "dd=s:2"])
        #expect(context.samplingPriority == 0)
    }

    @Test(arguments: [
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", "00-xyz-00f067aa0ba902b7-01", "garbage",
    ])
    func invalidTraceparentStartsANewTrace(_ traceparent: String) {
        let context = Self.extract(["traceparent": traceparent])
        #expect(context.parentID == 0)
        #expect(context.traceIDHigh == 0x6b0b_bcee << 32)
        #expect(context.traceIDLow == 0xABCDEF)
        #expect(context.spanID == 2113661497832729917)
    }

    @Test func zeroOrHugeDatadogIdsAreRejected() {
        #expect(Self.extract(["x-datadog-trace-id": "0"]).parentID == 0)
        #expect(Self.extract(["x-datadog-trace-id": "18446744073709551616", "x-datadog-parent-id": "3"]).parentID == 0)
    }

    @Test func invalidTidIsIgnored() {
        let context = Self.extract(["x-datadog-trace-id": "7", "x-datadog-parent-id": "3", "x-datadog-tags": "_dd.p.tid=XYZ,_dd.p.dm=-0,other=1"])
        #expect(context.traceIDHigh == 0)
        #expect(context.propagatedTags == ["_dd.p.dm": "-0"])
    }
}
