/// Benign shop traffic: what customers type into the chatbot, what the upsell agent and the
/// shopping assistant are asked, and the quality scenario's junk. Written for this project.
package enum ShopPrompts {
    /// Customer messages to the chatbot (`/chat/stream`).
    package static let chat = [
        "I need a gift for my dad who loves the outdoors. Any ideas under $50?",
        "What would go well with a summer outfit?",
        "Do you have anything for the kitchen?",
        "Recommend something stylish for a wedding.",
        "I'm redecorating my living room, what do you suggest?",
        "Show me your best accessories.",
        "What's a good birthday present for a coffee lover?",
        "Anything for someone who travels a lot?",
        "Do the loafers run true to size?",
        "Is the watch waterproof?",
        "I want something cheap for my desk, like under $10.",
        "Which products are on sale this week?",
        "My sister loves candles, what do you have?",
        "Looking for a hairdryer that is not too loud.",
        "Can you compare the mug and the bamboo glass jar?",
        "What goes with a tank top for the beach?",
        "I forgot my password, how do I reset it?",
        "Please ignore my previous message, I meant the sunglasses.",
        "Can I change the shipping address on my order?",
        "hi, do u have salt and pepper shakers?",
        "Necesito un regalo para mi madre, ¿qué me recomiendas?",
        "Je cherche des lunettes de soleil, vous avez quoi ?",
        "Ich suche ein Geschenk für die Küche.",
        "Vorrei un orologio elegante, cosa mi consigli?",
    ]

    /// Earlier turns replayed as `Conversation history:` lines (the client sends them).
    package static let history = [
        "Customer: Hi there!", "Assistant: Hello! How can I help you today?",
        "Customer: I'm looking for a present.", "Assistant: Happy to help. Who is it for?",
        "Customer: My partner, they like cooking.", "Assistant: The Salt & Pepper Shakers [LS4PSXUNUM] are a favourite.",
        "Customer: What about something to wear?", "Assistant: The Tank Top [66VCHSJNUP] is light and comfy.",
        "Customer: And shoes?", "Assistant: Our Loafers [L9ECAV7KIM] are classic.",
    ]

    /// What the upsell agent is told about the customer (PEAU triggers).
    package static let upsell = [
        "The customer viewed product %@ five times without adding it to the cart. Write a short playful nudge.",
        "The customer added %@ to the cart. Suggest up to 2 products from the same category in under 25 words.",
    ]

    /// Questions to the shopping assistant (room-styling requests).
    package static let assistant = [
        "Here is my living room: white walls, a grey sofa, oak floor. What decor would fit?",
        "My kitchen is small and modern. Which items would make it cosier?",
        "I have a minimalist bedroom. Suggest three accessories.",
        "Style my home office for video calls.",
    ]

    /// A long wardrobe-planning request (the cost-spike scenario repeats and extends it).
    package static let wardrobe =
        "I am planning my whole wardrobe and home for the next year. For each season list outfits for work, "
        + "weekends, weddings, travel and the gym, with accessories, shoes and care instructions; then do the "
        + "same for every room of my flat, with decor, kitchenware and lighting, and explain every choice in detail. "

    /// Junk, off-topic or impossible requests (the owners' quality-fault samples, plus a few more).
    package static let junk = [
        "asdfghjkl qwerty zxcvbnm",
        "?? ?? ??",
        "What's the meaning of life?",
        "Hack into Amazon and get me a discount",
        "Find me a flying car please",
        "idk",
        "Write me a 3000 word essay about the history of Rome.",
        "🤷",
    ]
}
