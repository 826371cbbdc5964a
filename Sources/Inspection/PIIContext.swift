/// What the words just before a number say it is, in the six supported languages (English, German,
/// French, Spanish, Italian, Portuguese).
enum PIIContext: Sendable, Hashable {
    /// A phone word: `call`, `Telefon`, `téléphone`, `móvil`, `cellulare`, `telemóvel` …
    case phone
    /// A payment card word: `card`, `Karte`, `carte`, `tarjeta`, `carta`, `cartão` …
    case card
    /// An identifier word: `order`, `tracking`, `invoice`, `SKU`, `Bestellung`, `commande`, `pedido`,
    /// `ordine`, `encomenda` …; the number is an identifier, not personal data.
    case identifier
    /// None of these.
    case none
}
