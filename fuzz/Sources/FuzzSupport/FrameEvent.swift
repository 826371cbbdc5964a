/// What a framer produced, in order: a frame's bytes, or a problem it reported.
package enum FrameEvent: Equatable, Sendable, CustomStringConvertible {
    case frame([UInt8])
    case problem(String)

    package var description: String {
        switch self {
        case .frame(let bytes): "frame \(escaped(bytes, limit: 80))"
        case .problem(let text): "problem \(text)"
        }
    }
}

/// Everything a framer produced for one body.
package struct FramerOutcome: Equatable, Sendable, CustomStringConvertible {
    package var events: [FrameEvent] = []
    package var overflowed = false

    package init() {}

    package var description: String {
        "overflowed: \(overflowed), events: [" + events.map(\.description).joined(separator: ", ") + "]"
    }
}

/// The largest frame a target allows, from the input's options: 0 means no limit, else 2^(options-1).
/// - Parameters:
///   - options: ``ChunkedInput/options``.
package func frameLimit(_ options: Int) -> Int {
    options == 0 ? .max : 1 << (options - 1)
}
