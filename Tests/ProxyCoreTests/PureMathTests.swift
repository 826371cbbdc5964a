import ProxyCore
import Testing

@Suite struct PureMathTests {
    @Test(arguments: [1e-6, 0.5, 1, 2, 10, 12_345.678, 1e300])
    func logAndExpAreInverse(x: Double) {
        #expect(abs(PureMath.exp(PureMath.log(x)) - x) <= x * 1e-12)
    }

    @Test(arguments: [(1.0, 0.0), (2.718281828459045, 1.0), (1024.0, 6.931471805599453)])
    func logKnownValues(x: Double, expected: Double) {
        #expect(abs(PureMath.log(x) - expected) < 1e-12)
    }

    @Test(arguments: [(0.0, 0.5), (1.0, 0.841_344_746), (-1.96, 0.024_997_895), (3.0, 0.998_650_102)])
    func normalCDFKnownValues(z: Double, expected: Double) {
        #expect(abs(PureMath.normalCDF(z) - expected) < 2e-7)
    }
}
