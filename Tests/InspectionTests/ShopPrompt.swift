import Inspection

/// The shared ~2 KB shop prompt without personal data.
let shopPrompt = SamplePrompt.shop
