import ProxyCore

/// Finds product listings pasted into prompts: system or user messages that are large and full of
/// item identifiers or price fields.
///
/// A message counts as a listing when it has at least `minimumBytes` of text and at least
/// `minimumItems` items, where the item count is the larger of:
/// - product-id-like tokens: runs of 8 to 16 uppercase ASCII letters and digits with at least one of
///   each, bounded by anything that is not an ASCII letter or digit (`B07XJ8C8F5`, `SKU12345AB`);
///   all-digit runs (phone numbers, dates) and words do not count;
/// - JSON keys that mark a product record: `"sku"`, `"price"`, `"product_id"`, `"productId"`.
///
/// The scan reads each message once, byte by byte, and looks at messages of the two roles only.
enum CatalogScanner {
    /// What a scan found.
    struct Listing: Sendable, Hashable {
        /// UTF-8 bytes of the messages that hold listings.
        var bytes = 0
        /// Items counted in the largest of them.
        var items = 0
    }

    private static let keys: [[UInt8]] = [#""sku""#, #""price""#, #""product_id""#, #""productId""#].map {
        Array($0.utf8)
    }

    /// The listings in a prompt's system and user messages.
    /// - Parameters:
    ///   - prompt: The request's messages.
    ///   - minimumBytes: The smallest message that can count, in UTF-8 bytes.
    ///   - minimumItems: The fewest items a listing must have.
    static func scan(_ prompt: PromptSummary, minimumBytes: Int, minimumItems: Int) -> Listing {
        var listing = Listing()
        for message in prompt.messages where message.role == "system" || message.role == "user" {
            guard message.content.utf8.count >= minimumBytes else { continue }
            var text = message.content
            let items = text.withUTF8(countItems)
            if items >= minimumItems {
                listing.bytes += message.content.utf8.count
                listing.items = max(listing.items, items)
            }
        }
        return listing
    }

    /// The item count of one message's text: the larger of id-like tokens and product keys.
    static func countItems(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var ids = 0
        var keyHits = 0
        var run = 0
        var runHasLetter = false
        var runHasDigit = false
        var runIsClean = true
        func endRun() {
            if runIsClean, runHasLetter, runHasDigit, (8...16).contains(run) { ids += 1 }
            run = 0
            runHasLetter = false
            runHasDigit = false
            runIsClean = true
        }
        for index in bytes.indices {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                run += 1
                runHasLetter = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                run += 1
                runHasDigit = true
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                run += 1
                runIsClean = false
            default:
                if run > 0 { endRun() }
                if byte == UInt8(ascii: "\"") { keyHits += matchesKey(bytes, at: index) ? 1 : 0 }
            }
        }
        if run > 0 { endRun() }
        return max(ids, keyHits)
    }

    /// Whether one of the product keys starts at `index`.
    private static func matchesKey(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        keys.contains { key in
            index + key.count <= bytes.count && zip(key, bytes[index..<(index + key.count)]).allSatisfy { $0 == $1 }
        }
    }
}
