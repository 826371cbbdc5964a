/// Sample text for tests and the benchmark: a realistic ~2 KB shop prompt with prices, product ids,
/// order numbers, dates, times, versions, quantities and non-ASCII text, but no personal data.
package enum SamplePrompt {
    package static let shop = """
        You are the shopping assistant for Harbor & Pine, an online store for vintage home goods. \
        Answer briefly and only about products in the catalog below. Prices are in USD and include VAT \
        where applicable. Today is 2026-11-29 and the time is 10:30; the holiday sale ends at 23:59.

        Catalog excerpt (id, name, price, stock):
        OLJCESPC7Z, Vintage Typewriter, $67.99, 12 in stock
        66VCHSJNUP, Brass Desk Lamp, $129.50, 4 in stock
        K2M9QX81TA, Walnut Record Crate, $45.00, 31 in stock
        P7ZR3LWQ0D, Linen Table Runner (2 m), $24.95, 120 in stock
        B8TY6NC5VE, Enamel Coffee Pot 1.5 L, $38.00, 9 in stock
        Shipping: orders over $75 ship free; standard delivery takes 3-5 business days, express 1-2.
        Returns: 30 days, items unused, order number required (format ORD-2026-004512).
        Firmware for the smart lamp is version 1.2.3 (released 2026-10-01); the app needs iOS 17.4 or later.

        Conversation so far:
        Customer: Hi! I'd like 2 of the Vintage Typewriter for $67.99 and maybe 1 Brass Desk Lamp.
        Assistant: Great choice. Two typewriters come to $135.98; with the lamp the total is $265.48.
        Customer: Can you check if order ORD-2026-004512 from 11/02/2026 shipped? It was 3 items, about 4.2 kg.
        Assistant: It left our warehouse on Nov 3 at 14:05 and should arrive within 5 days.
        Customer: Also, do you have the runner in 180 x 40 cm? And is the coffee pot dishwasher safe?
        Assistant: The runner comes in 150 x 40 cm and 200 x 40 cm. The pot is hand-wash only.
        Customer: OK, add 3 runners (200 x 40) and apply code WINTER25 for 25% off, please. Thanks 🙂
        Customer: Ça marche, merci ! Das klingt gut. 了解しました、ありがとうございます。
        Assistant: Done: 3 runners at $24.95 each, minus 25%, is $56.14. Anything else today?
        Customer: What's the warranty on the lamp? My last one broke after 18 months; the bulb is 40 W, E27.
        Assistant: The lamp has a 2-year warranty; bulbs are covered for 6 months.
        Customer: Great. Please ship everything to the store pickup point, locker 12B, before Dec 24.
        Assistant: Will do. Your cart: 2 typewriters, 1 lamp, 3 runners; total $321.62 incl. 8.25% tax.
        """
}
