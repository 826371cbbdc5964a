import ProxyCore

extension FNV1a {
    /// Feeds a tool call or result: `0x1D`, its name, `0x1D`, its JSON.
    mutating func combine(_ part: PromptToolCall) {
        combine(0x1D)
        combine(part.name)
        combine(0x1D)
        combine(part.json)
    }

    /// Feeds an optional setting: a presence byte, then its bits when present.
    mutating func combine(setting: UInt64?) {
        combine(UInt8(setting == nil ? 0 : 1))
        if let setting { combine(word: setting) }
    }
}
