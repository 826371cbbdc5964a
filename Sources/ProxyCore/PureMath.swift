/// Natural logarithm, exponential and the normal distribution in pure Swift, so the pure
/// modules need no C math library. Accurate to about 1e-12 relative for log and exp over the
/// ranges used (lengths, z-scores, sketch keys).
package enum PureMath {
    private static let ln2 = 0.693_147_180_559_945_3

    /// ln(x) for x > 0: x = m·2^e with m in [1, 2), ln m = 2·atanh((m − 1)/(m + 1)) by its series.
    package static func log(_ x: Double) -> Double {
        guard x > 0, x.isFinite else { return x == 0 ? -.infinity : (x.isNaN || x < 0 ? .nan : .infinity) }
        let e = Double(x.exponent)
        let m = x.significand
        let z = (m - 1) / (m + 1)
        let z2 = z * z
        var term = z
        var sum = 0.0
        var k = 1.0
        while k < 60 {
            sum += term / k
            term *= z2
            k += 2
        }
        return 2 * sum + e * ln2
    }

    /// e^x: x = k·ln2 + r with |r| ≤ ln2/2, e^r by its Taylor series, then scaled by 2^k.
    package static func exp(_ x: Double) -> Double {
        guard x.isFinite else { return x.isNaN ? .nan : (x > 0 ? .infinity : 0) }
        if x > 709 { return .infinity }
        if x < -745 { return 0 }
        let k = (x / ln2).rounded()
        let r = x - k * ln2
        var term = 1.0
        var sum = 1.0
        for n in 1...25 {
            term *= r / Double(n)
            sum += term
        }
        return Double(sign: .plus, exponent: Int(k), significand: sum)
    }

    /// The standard normal cumulative distribution Φ(z), from erfc by Abramowitz & Stegun 7.1.26
    /// (absolute error below 1.5·10⁻⁷).
    /// - Parameters:
    ///   - z: The standard score.
    package static func normalCDF(_ z: Double) -> Double {
        guard z.isFinite else { return z > 0 ? 1 : 0 }
        let x = abs(z) / 2.0.squareRoot()
        let t = 1 / (1 + 0.327_591_1 * x)
        let poly = t * (0.254_829_592 + t * (-0.284_496_736 + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))))
        let erfc = poly * exp(-x * x)
        return z >= 0 ? 1 - erfc / 2 : erfc / 2
    }
}
