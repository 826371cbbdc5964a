/// A category of personal or secret data the detector recognises. Raw values are label-safe metric tag values.
package enum PIIKind: String, CaseIterable, Sendable, Hashable {
    /// `local@domain.tld`.
    case email
    /// A phone number in international (`+…`) or common national form.
    case phone
    /// A payment card number (PAN) of 13–19 digits that passes Luhn and has an issued prefix and length.
    case paymentCard = "payment_card"
    /// An ISO 13616 IBAN whose mod-97 checksum holds.
    case iban
    /// A US social security number, `ddd-dd-dddd`, outside the never-issued ranges.
    case usSSN = "us_ssn"
    /// An IPv4 or IPv6 address.
    case ipAddress = "ip_address"
    /// An API key, bearer token or PEM private key.
    case secret

    /// The text that replaces a finding of this kind when redacting (`[EMAIL]`).
    package var placeholder: String {
        switch self {
        case .email: "[EMAIL]"
        case .phone: "[PHONE]"
        case .paymentCard: "[CARD]"
        case .iban: "[IBAN]"
        case .usSSN: "[SSN]"
        case .ipAddress: "[IP]"
        case .secret: "[SECRET]"
        }
    }

    /// A dense index, `0..<allCases.count`, for fixed-size tables.
    @inline(__always) var index: Int {
        switch self {
        case .email: 0
        case .phone: 1
        case .paymentCard: 2
        case .iban: 3
        case .usSSN: 4
        case .ipAddress: 5
        case .secret: 6
        }
    }
}

extension Set<PIIKind> {
    /// Every kind.
    package static var all: Set<PIIKind> { Set(PIIKind.allCases) }
}

/// A set of kinds as a bit mask, so the scanner's hot loop tests membership without hashing.
struct PIIKindMask: Sendable, Hashable {
    var rawValue: UInt8

    init(_ kinds: some Sequence<PIIKind>) {
        rawValue = 0
        for kind in kinds { rawValue |= 1 << UInt8(kind.index) }
    }

    @inline(__always) func contains(_ kind: PIIKind) -> Bool { rawValue & (1 << UInt8(kind.index)) != 0 }
}
