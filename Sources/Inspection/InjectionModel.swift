/// A logistic regression over hashed character 3-, 4- and 5-grams of normalized text.
///
/// An n-gram's bytes are packed little-endian into a 64-bit word with `n` in bits 40…47, multiplied by
/// 0x9E3779B97F4A7C15 and its top `InjectionModelWeights.bits` bits taken as the bucket. The logit is
/// `bias + scale · Σ weight[bucket] / (count + prior)` over every n-gram of the first `maxBytes` bytes:
/// nearly the mean weight, so long texts, such as instruction manuals, are not pushed to an extreme by
/// length alone, while `prior` zero-weight n-grams pull a text of a few words toward the bias. Weights
/// are Int8, trained and quantized by `tools/train_injection_model.py`, which mirrors this function exactly.
enum InjectionModel {
    static let maxBytes = 4_096

    /// The model's probability that `bytes` (normalized text) is an injection.
    static func probability(of bytes: UnsafeBufferPointer<UInt8>) -> Double {
        let n = min(bytes.count, maxBytes)
        var sum = 0
        var count = 0
        InjectionModelWeights.table.withUnsafeBufferPointer { weights in
            // `window` holds bytes i…i+4 (zeros past the end), lowest byte first.
            var window: UInt64 = 0
            for k in 0..<min(4, n) { window |= UInt64(bytes[k]) << UInt64(8 * k) }
            // Every position with five bytes left has all three n-grams; the last four are the tail.
            let full = max(0, n - 4)
            for i in 0..<full {
                window |= UInt64(bytes[i + 4]) << 32
                sum += Int(weights[bucket(window & 0xFF_FFFF | 3 << 40)])
                sum += Int(weights[bucket(window & 0xFFFF_FFFF | 4 << 40)])
                sum += Int(weights[bucket(window | 5 << 40)])
                window >>= 8
            }
            count = 3 * full
            for i in full..<n {
                let remaining = n - i
                if remaining >= 3 {
                    sum += Int(weights[bucket(window & 0xFF_FFFF | 3 << 40)])
                    count += 1
                }
                if remaining >= 4 {
                    sum += Int(weights[bucket(window & 0xFFFF_FFFF | 4 << 40)])
                    count += 1
                }
                window >>= 8
            }
        }
        guard count > 0 else { return sigmoid(InjectionModelWeights.bias) }
        let logit =
            InjectionModelWeights.bias + InjectionModelWeights.scale * Double(sum) / Double(count + InjectionModelWeights.prior)
        return sigmoid(logit)
    }

    /// The bucket of a packed n-gram: multiplicative hashing, top `bits` bits.
    @inline(__always) static func bucket(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// 64 minus the bucket bits.
    @inline(__always) static var shift: UInt64 { UInt64(64 - InjectionModelWeights.bits) }

    /// `1 / (1 + e^-x)`.
    static func sigmoid(_ x: Double) -> Double {
        1 / (1 + exp(-x))
    }

    /// `e^x` for |x| ≤ 40, by splitting off powers of two and a short Taylor series (no libm in the core).
    static func exp(_ x: Double) -> Double {
        let clamped = max(-40, min(40, x))
        let ln2 = 0.693_147_180_559_945_3
        let q = clamped / ln2
        let n = Double(Int(q + (q >= 0 ? 0.5 : -0.5)))
        let r = clamped - n * ln2
        var term = 1.0
        var sum = 1.0
        for k in 1...12 {
            term *= r / Double(k)
            sum += term
        }
        return sum * Double(sign: .plus, exponent: Int(n), significand: 1)
    }

    /// Decodes the generated weight table (standard base64 of the Int8 weights).
    static func decode(_ encoded: String) -> [Int8] {
        var out: [Int8] = []
        out.reserveCapacity(encoded.utf8.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for b in encoded.utf8 where b != 0x3D {
            accumulator = accumulator << 6 | UInt32(InjectionNormalizer.base64Value(b))
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(Int8(bitPattern: UInt8(truncatingIfNeeded: accumulator >> UInt32(bits))))
            }
        }
        return out
    }
}
