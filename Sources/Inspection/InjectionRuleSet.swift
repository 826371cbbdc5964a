/// Every phrase and literal rule, compiled once into flat tables indexed by the first two bytes.
struct InjectionRuleSet: Sendable {
    /// One alternative of a token: `length` bytes of `pool` from `start`.
    struct Alternative: Sendable {
        var start: Int32
        var length: Int32
        var prefix: Bool
    }

    /// One token: `alternativeCount` alternatives from `firstAlternative`.
    struct Token: Sendable {
        var firstAlternative: Int32
        var alternativeCount: Int32
        var gapBefore: Int32
        var negated: Bool
        /// Bit `b & 63` for the first byte `b` of every alternative: a word whose first byte's bit is
        /// clear matches none of them, which rules out most words on one load.
        var firstBytes: UInt64 = 0

        /// Sets `firstBytes` from the alternatives in `pool`.
        mutating func indexFirstBytes(_ alternatives: [Alternative], pool: [UInt8]) {
            for a in alternatives[Int(firstAlternative)..<Int(firstAlternative + alternativeCount)] where a.length > 0 {
                firstBytes |= 1 << UInt64(pool[Int(a.start)] & 63)
            }
        }
    }

    static let bucketCount = 4_096

    let rules: [InjectionRule]
    let literals: [InjectionLiteral]
    private(set) var pool: [UInt8] = []
    private(set) var alternatives: [Alternative] = []
    private(set) var tokens: [Token] = []
    /// Tokens of rule `r`: `ruleTokens[r] ..< ruleTokens[r + 1]`.
    private(set) var ruleTokens: [Int32] = [0]
    /// Per rule, the token of words forbidden inside a match, and of words forbidden just before it
    /// (stored in `guards`), or -1.
    private(set) var ruleForbidden: [Int32] = []
    private(set) var ruleNotAfter: [Int32] = []
    private(set) var guards: [Token] = []
    /// First-token alternatives that can match a word of bucket `k`, as (rule, alternative) pairs:
    /// `bucketEntries[bucketStart[k] ..< bucketStart[k + 1]]`. Only that one alternative is compared.
    private(set) var bucketStart: [Int32] = []
    private(set) var bucketEntries: [Entry] = []

    struct Entry: Sendable {
        var rule: Int32
        var alternative: Int32
    }
    /// Literal bytes, one after another: literal `l` is `literalPool[literalOffset[l] ..< literalOffset[l + 1]]`
    /// (flat, so that matching copies no arrays).
    private(set) var literalPool: [UInt8] = []
    private(set) var literalOffset: [Int32] = [0]
    /// Literals by first byte: `literalOrder[literalStart[b] ..< literalStart[b + 1]]`.
    private(set) var literalStart: [Int32] = []
    private(set) var literalOrder: [Int32] = []
    /// Bit `b0 << 8 | b1` is set when some literal starts with bytes `b0 b1`; almost every position
    /// of a text is rejected on this one load.
    private(set) var literalPairs = [UInt64](repeating: 0, count: 65_536 / 64)

    /// The compiled built-in rules.
    static let builtIn = InjectionRuleSet(rules: InjectionPhrases.all, literals: InjectionPhrases.literals)

    init(rules: [InjectionRule], literals: [InjectionLiteral]) {
        self.rules = rules
        self.literals = literals
        var buckets: [[Entry]] = Array(repeating: [], count: Self.bucketCount)
        for (r, rule) in rules.enumerated() {
            var gap: Int32 = 0
            var first = true
            var forbidden: Int32 = -1
            var notAfter: Int32 = -1
            for word in rule.pattern.split(separator: " ") {
                if word.first == "~" {
                    gap = Int32(word.dropFirst())!
                    continue
                }
                if word.first == "-" || word.first == "<" {
                    var token = Token(
                        firstAlternative: Int32(alternatives.count), alternativeCount: 0, gapBefore: 0, negated: false)
                    for alt in word.dropFirst().split(separator: "|") {
                        let bytes = Array(alt.utf8)
                        alternatives.append(Alternative(start: Int32(pool.count), length: Int32(bytes.count), prefix: false))
                        pool.append(contentsOf: bytes)
                        token.alternativeCount += 1
                    }
                    if word.first == "-" { forbidden = Int32(guards.count) } else { notAfter = Int32(guards.count) }
                    token.indexFirstBytes(alternatives, pool: pool)
                    guards.append(token)
                    continue
                }
                let negated = word.first == "!"
                var token = Token(
                    firstAlternative: Int32(alternatives.count), alternativeCount: 0, gapBefore: gap,
                    negated: negated)
                for alt in (negated ? word.dropFirst() : word).split(separator: "|") {
                    let prefix = alt.last == "*" && alt.count > 3
                    let bytes = Array((prefix ? alt.dropLast() : alt).utf8)
                    alternatives.append(Alternative(start: Int32(pool.count), length: Int32(bytes.count), prefix: prefix))
                    pool.append(contentsOf: bytes)
                    token.alternativeCount += 1
                    if first {
                        let key = Self.bucket(bytes, count: bytes.count)
                        buckets[key].append(Entry(rule: Int32(r), alternative: Int32(alternatives.count - 1)))
                    }
                }
                token.indexFirstBytes(alternatives, pool: pool)
                tokens.append(token)
                gap = 0
                first = false
            }
            ruleTokens.append(Int32(tokens.count))
            ruleForbidden.append(forbidden)
            ruleNotAfter.append(notAfter)
        }
        bucketStart.reserveCapacity(Self.bucketCount + 1)
        for bucket in buckets {
            bucketStart.append(Int32(bucketEntries.count))
            bucketEntries.append(contentsOf: bucket)
        }
        bucketStart.append(Int32(bucketEntries.count))
        var byFirst: [[Int32]] = Array(repeating: [], count: 256)
        for (l, literal) in literals.enumerated() {
            let bytes = Array(literal.literal.utf8)
            literalPool.append(contentsOf: bytes)
            literalOffset.append(Int32(literalPool.count))
            byFirst[Int(bytes[0])].append(Int32(l))
            precondition(bytes.count >= 2, "literal rules are at least two bytes long")
            let pair = Int(bytes[0]) << 8 | Int(bytes[1])
            literalPairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        for list in byFirst {
            literalStart.append(Int32(literalOrder.count))
            literalOrder.append(contentsOf: list)
        }
        literalStart.append(Int32(literalOrder.count))
    }

    /// The index bucket of a word from its first three bytes (missing bytes count as 0). Prefix
    /// alternatives are at least three bytes long, so a word and its prefix share a bucket.
    @inline(__always) static func bucket(_ bytes: some Collection<UInt8>, count: Int) -> Int {
        var it = bytes.makeIterator()
        let b0 = Int(it.next() ?? 0)
        let b1 = count > 1 ? Int(it.next() ?? 0) : 0
        let b2 = count > 2 ? Int(it.next() ?? 0) : 0
        return ((b0 &* 961) &+ (b1 &* 31) &+ b2) & (bucketCount - 1)
    }
}
