import Inspection
import Testing

/// Everyday shop-chat text that must produce no findings at all.
@Suite("False positives")
struct FalsePositiveTests {
    @Test(arguments: [
        "I'd like 2 of the Vintage Typewriter for $67.99",
        "Product OLJCESPC7Z is back in stock, and so is 66VCHSJNUP.",
        "Order #1045873 was placed on 2026-11-29 at 12:00:00 and shipped 2026-11-30T08:15:00Z.",
        "The total is 1299.99 EUR, or 1.299,99 € in German notation.",
        "Version 1.2.3 fixes the crash from 1.2.2; firmware 10.4.1.7.2 is next.",
        "Meet at 10:30 or 14:45, room 3-12, floor 4.",
        "Pack of 12, 24 or 144 units; SKU 4006381333931 (EAN).",
        "Dimensions 120 x 80 x 45 cm, weight 23.5 kg, 2 boxes.",
        "Use code SAVE20 for 20% off orders over $100 until 31/12/2026.",
        "Call us Mon-Fri 9-17, ask for extension 204.",
        "Ratio 16:9, resolution 1920x1080 at 60 Hz, HDMI 2.1.",
        "Tracking ID 1Z999AA10123456784 via UPS, parcel 3 of 4.",
        "Invoice INV-2026-00042 for 3 × $19.99 = $59.97.",
        "AB12 is a model code and DE is a country.",
        "std::vector<int> and a::b are C++ names; 'Bearer' is a noun too.",
        "ISBN 978-3-16-148410-0 and ISSN 2049-3630.",
        "help me check the eta of the order 113542617735902",
        "Where is order 9712345678901231? I called twice about it.",
        "Wo ist meine Bestellung 0619345145? Sendungsnummer 00340434161094042557.",
        "La commande n° 0590938347 n'est pas arrivée, suivi 6A12345678901.",
        "¿Dónde está mi pedido 612345678? Factura 2026/000123.",
        "L'ordine n. 375687789 non è arrivato; fattura 0362453928.",
        "A encomenda 912345678 não chegou, rastreio RR123456789PT.",
        "Call me back about the 2 lamps; delivery 29.11.2026 between 10:00-12:00.",
        "Products 1YMWWN1N4O, L9ECAV7KIM and 0PUK6V6EV0 ship in 3-5 days; 12 × 1.299,99 € = 15.599,88 €.",
        "",
    ])
    func shopTextHasNoFindings(_ text: String) {
        #expect(Hit.all(in: text) == [])
    }

    @Test func shopPromptHasNoFindings() {
        #expect(shopPrompt.utf8.count > 2_000)
        #expect(Hit.all(in: shopPrompt) == [])
    }
}
