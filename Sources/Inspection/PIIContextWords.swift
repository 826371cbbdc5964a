/// The cue words behind `PIIContext`, lower-case, as UTF-8. A `stems` entry matches any word that starts
/// with it (`telefon` matches `Telefonnummer`); a `words` entry only the whole word. Words are split at
/// anything but letters, so `m'appeler`, `d'ordine` and `ligar-me` yield `appeler`, `ordine`, `ligar`.
enum PIIContextWords {
    /// Phone words: nouns for phones and lines, verbs for calling and reaching someone.
    static let phoneStems = encode([
        // English
        "phone", "telephon", "mobile", "cellphone", "cellular", "call", "landline", "hotline", "whatsapp", "reach",
        "dial", "contact",
        // German
        "telefon", "handy", "mobil", "rufnummer", "anruf", "angerufen", "rufen", "festnetz", "erreich", "durchwahl",
        "kontakt",
        // French
        "téléphon", "portable", "appel", "rappel", "joindre", "joignable",
        // Spanish
        "teléfon", "móvil", "movil", "celular", "llam", "llám", "localizable",
        // Italian
        "cellulare", "chiam", "contatt", "raggiungibile", "recapito",
        // Portuguese
        "telemóvel", "telemovel", "ligu", "ligar", "ligaç", "contat",
    ])
    static let phoneWords = encode([
        "tel", "tél", "tlf", "tfn", "ph", "mob", "cell", "fax", "sms", "ring", "ruf", "fon", "fone", "fixe", "fijo",
        "fisso", "fixo", "cel", "zap",
    ])
    /// Payment card words.
    static let cardStems = encode([
        "card", "karte", "kredit", "carte", "tarjeta", "carta", "cartão", "cartao", "visa", "mastercard", "amex",
        "maestro",
    ])
    static let cardWords = encode(["pan", "cc"])
    /// Identifier words: orders, shipments, invoices, receipts, articles, models, versions and their codes.
    static let identifierStems = encode([
        // English
        "order", "track", "invoice", "receipt", "referen", "sku", "item", "articl", "produ", "parcel", "package",
        "shipment", "shipping", "isbn", "gtin", "serial", "version", "build", "model",
        // German
        "bestell", "auftrag", "sendung", "rechnung", "paket", "beleg", "lieferung", "artikel", "kunden",
        // French
        "commande", "suivi", "facture", "colis", "envoi", "reçu", "référen", "modèle", "série",
        // Spanish
        "pedido", "seguimiento", "factura", "paquete", "envío", "envio", "recibo", "artícul", "articul", "rastre",
        "versión", "versão", "versione", "serie",
        // Italian
        "ordine", "fattura", "spedizion", "pacco", "ricevuta", "traccia", "codice", "prodott", "articol",
        // Portuguese
        "encomenda", "fatura", "pacote", "código", "codigo", "artigo",
    ])
    static let identifierWords = encode(["ord", "inv", "ref", "ean", "upc", "id", "po", "rma"])

    /// The context a word gives, comparing ASCII letters without case. Phone words win over identifier
    /// words, which win over card words.
    /// - Parameters:
    ///   - word: A run of letters (ASCII letters or bytes of non-ASCII characters).
    static func classify(_ word: UnsafeBufferPointer<UInt8>.SubSequence) -> PIIContext {
        let first = word[word.startIndex] | 0x20
        guard first &- 0x61 < 26 else { return .none }
        return index[Int(first &- 0x61)].withUnsafeBufferPointer { entries in
            // Entries: length, tag (context index << 1 | 1 for a whole word), then the bytes.
            var k = 0
            while k < entries.count {
                let length = Int(entries[k]), tag = entries[k + 1]
                defer { k += 2 + length }
                guard tag & 1 == 0 ? length <= word.count : length == word.count else { continue }
                var w = word.startIndex + 1
                var e = k + 3
                while e < k + 2 + length {
                    let c = word[w]
                    guard (ASCII.isUpper(c) ? c | 0x20 : c) == entries[e] else { break }
                    w += 1
                    e += 1
                }
                if e == k + 2 + length { return contexts[Int(tag >> 1)] }
            }
            return .none
        }
    }

    private static let contexts: [PIIContext] = [.phone, .identifier, .card]

    /// The lists above by first letter (`a`…`z`), in priority order, packed as `classify` reads them.
    private static let index: [[UInt8]] = {
        var buckets = [[UInt8]](repeating: [], count: 26)
        let lists = [
            (phoneStems, 0), (phoneWords, 1), (identifierStems, 2), (identifierWords, 3), (cardStems, 4), (cardWords, 5),
        ]
        for (list, tag) in lists {
            for entry in list {
                buckets[Int(entry[0] &- 0x61)] += [UInt8(entry.count), UInt8(tag)] + entry
            }
        }
        return buckets
    }()

    private static func encode(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }
}
