import ProxyCore

/// Fingerprints of one prompt, computed in a single pass: its leading content at several lengths
/// (for context caching) and the whole prompt with its settings (for response caching).
///
/// The stream hashed is: model, dialect, then for each message its role, a `0x1F` separator, its
/// text, its tool calls and tool results (name and JSON, each after a `0x1D`), and a `0x1E` record
/// separator; the whole-prompt fingerprint then adds the generation settings. Only message text
/// counts towards ``PrefixCut/bytes`` and ``textBytes``, so the counts are the text's UTF-8 size.
///
/// Cuts are taken at each length of a geometric ladder (1 KB, 2 KB, …, 256 KB by default) and at the
/// end of each of the first few messages (the system instruction is the first), but only between the
/// ladder's first and last step: content beyond 256 KB is not fingerprinted, so longer shared
/// prefixes are reported as 256 KB (an underestimate). A message boundary that falls exactly on a
/// ladder step replaces it.
struct PromptFingerprint: Sendable {
    /// Cuts in increasing length; each one's parent is the one before it.
    var cuts: [PrefixCut] = []
    /// The whole prompt: every message, tool part and generation setting.
    var whole: UInt64 = 0
    /// UTF-8 bytes of all message text.
    var textBytes = 0

    /// Fingerprints a prompt.
    /// - Parameters:
    ///   - prompt: The request's messages and settings.
    ///   - model: The resolved model name, so that equal prompts to different models differ.
    ///   - dialect: The call's dialect, likewise.
    ///   - ladder: Cut lengths in bytes, increasing.
    ///   - boundaryMessages: Message ends after this many messages are not cut.
    init(of prompt: PromptSummary, model: String, dialect: Dialect, ladder: [Int], boundaryMessages: Int) {
        var hash = FNV1a()
        hash.combine(model)
        hash.combine(0x1F)
        hash.combine(dialect.rawValue)
        hash.combine(0x1E)
        let minimum = ladder.first ?? .max
        let maximum = ladder.last ?? 0
        var step = 0
        for (index, message) in prompt.messages.enumerated() {
            hash.combine(message.role)
            hash.combine(0x1F)
            var text = message.content
            text.withUTF8 { buffer in
                var position = 0
                while step < ladder.count, position < buffer.count {
                    let take = min(ladder[step] - textBytes, buffer.count - position)
                    hash.combine(UnsafeBufferPointer(rebasing: buffer[position..<(position + take)]))
                    position += take
                    textBytes += take
                    if textBytes == ladder[step] {
                        cuts.append(PrefixCut(fingerprint: hash.value, bytes: textBytes, endsMessage: false))
                        step += 1
                    }
                }
                hash.combine(UnsafeBufferPointer(rebasing: buffer[position...]))
                textBytes += buffer.count - position
            }
            for part in message.toolCalls { hash.combine(part) }
            for part in message.toolResults { hash.combine(part) }
            hash.combine(0x1E)
            if index < boundaryMessages, textBytes >= minimum, textBytes <= maximum {
                if cuts.last?.bytes == textBytes { cuts.removeLast() }
                cuts.append(PrefixCut(fingerprint: hash.value, bytes: textBytes, endsMessage: true))
            }
        }
        hash.combine(setting: prompt.temperature?.bitPattern)
        hash.combine(setting: prompt.topP?.bitPattern)
        hash.combine(setting: prompt.topK?.bitPattern)
        hash.combine(setting: prompt.maxOutputTokens.map { UInt64(bitPattern: Int64($0)) })
        hash.combine(setting: prompt.candidateCount.map { UInt64(bitPattern: Int64($0)) })
        whole = hash.value
    }
}
