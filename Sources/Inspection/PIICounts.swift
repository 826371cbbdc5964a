/// How many findings of each kind a text held; a fixed-size table, so counting never allocates.
package struct PIICounts: Sendable, Hashable {
    private var email = 0
    private var phone = 0
    private var paymentCard = 0
    private var iban = 0
    private var usSSN = 0
    private var ipAddress = 0
    private var secret = 0

    package init() {}

    /// The number of findings of `kind`.
    package subscript(kind: PIIKind) -> Int {
        get {
            switch kind {
            case .email: email
            case .phone: phone
            case .paymentCard: paymentCard
            case .iban: iban
            case .usSSN: usSSN
            case .ipAddress: ipAddress
            case .secret: secret
            }
        }
        set {
            switch kind {
            case .email: email = newValue
            case .phone: phone = newValue
            case .paymentCard: paymentCard = newValue
            case .iban: iban = newValue
            case .usSSN: usSSN = newValue
            case .ipAddress: ipAddress = newValue
            case .secret: secret = newValue
            }
        }
    }

    /// All findings, whatever their kind.
    package var total: Int { email + phone + paymentCard + iban + usSSN + ipAddress + secret }

    /// Whether nothing was found.
    package var isEmpty: Bool { total == 0 }

    /// The kinds with at least one finding and their counts, in `PIIKind.allCases` order.
    package var nonZero: [(kind: PIIKind, count: Int)] {
        PIIKind.allCases.compactMap { self[$0] > 0 ? ($0, self[$0]) : nil }
    }
}

extension PIICounts: ExpressibleByDictionaryLiteral {
    /// Counts from a literal such as `[.email: 2]`; repeated keys add up.
    package init(dictionaryLiteral elements: (PIIKind, Int)...) {
        self.init()
        for (kind, count) in elements { self[kind] += count }
    }
}
