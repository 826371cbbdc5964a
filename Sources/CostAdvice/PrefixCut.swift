/// A fingerprint of a prompt's leading content, cut at one length.
struct PrefixCut: Sendable, Hashable {
    /// FNV-1a over the model, dialect and the content up to the cut.
    var fingerprint: UInt64
    /// Text bytes (UTF-8) before the cut; framing bytes are hashed but not counted.
    var bytes: Int
    /// Whether the cut falls at the end of a message (the whole system instruction, for example).
    var endsMessage: Bool
}
