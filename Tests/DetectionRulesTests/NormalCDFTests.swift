@testable import DetectionRules
import Testing

@Suite struct NormalCDFTests {
    @Test(arguments: [(0.0, 0.5), (1.0, 0.841_344_746), (-1.96, 0.024_997_895), (3.0, 0.998_650_102)])
    func knownValues(z: Double, expected: Double) {
        #expect(abs(HoltForecaster.normalCDF(z) - expected) < 2e-7)
    }
}
