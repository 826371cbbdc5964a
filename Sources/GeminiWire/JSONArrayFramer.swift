/// Splits the default `:streamGenerateContent` body, an incrementally written JSON array, into its elements.
///
/// gemini.md §4: "An incrementally streamed JSON array of pretty-printed objects:
/// `[{\n  "candidates": …\n}\n,\r\n{\n …\n}\n]` … Parse with a brace counter that tracks string state."
/// No particular separator is assumed: between elements, whitespace, `[`, `,` and `]` are skipped, and each
/// `{…}` is cut out by bracket depth, ignoring brackets inside strings. A bare top-level object (an error
/// body sent without the array) is framed the same way. Other bytes between elements are reported once.
struct JSONArrayFramer: Sendable {
    /// Bracket depth through JSON text, ignoring brackets inside strings (and escaped quotes).
    struct DepthTracker: Sendable {
        private var depth = 0
        private var inString = false
        private var escaped = false

        init() {}

        /// Feeds one byte; returns true when it closes the outermost bracket.
        mutating func step(_ byte: UInt8) -> Bool {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                return false
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                return depth <= 0
            default:
                break
            }
            return false
        }
    }

    /// Largest element accepted, in bytes.
    private let maxFrameBytes: Int
    private var buffer: [UInt8] = []
    /// Next byte to scan.
    private var position = 0
    /// Start of the element being scanned, if inside one.
    private var elementStart: Int?
    private var tracker = DepthTracker()
    private var atEnd = false
    private var reportedStrayBytes = false
    private var problem: String?
    /// Set once an element grows past `maxFrameBytes`; no frames are produced after that.
    private(set) var overflowed = false

    /// Creates a framer.
    /// - Parameters:
    ///   - maxFrameBytes: Largest element accepted; a longer one sets ``overflowed``. The check runs per
    ///     scanned byte, so where chunks were cut never changes the outcome.
    init(maxFrameBytes: Int = .max) {
        self.maxFrameBytes = maxFrameBytes
    }

    /// Adds the next bytes of the body.
    /// - Parameters:
    ///   - bytes: Body bytes, in order.
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        let keepFrom = elementStart ?? position
        if keepFrom > 0 {
            buffer.removeSubrange(0..<keepFrom)
            position -= keepFrom
            elementStart = elementStart.map { $0 - keepFrom }
        }
        buffer.append(contentsOf: bytes)
    }

    /// Marks the end of the body, so ``nextFrame(_:)`` reports an unfinished element.
    mutating func finish() {
        atEnd = true
    }

    /// The first framing problem since the last call, if any.
    mutating func takeProblem() -> String? {
        defer { problem = nil }
        return problem
    }

    /// Passes the next complete element to `body` and returns its result, or `nil` when more input is needed.
    /// - Parameters:
    ///   - body: Receives the element's bytes, valid only during the call.
    mutating func nextFrame<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        while position < buffer.count, !overflowed {
            let byte = buffer[position]
            if let start = elementStart {
                position += 1
                if position - start > maxFrameBytes {
                    overflowed = true
                    return nil
                }
                if tracker.step(byte) {
                    elementStart = nil
                    let end = position
                    return buffer.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "{"):
                elementStart = position
                tracker = DepthTracker()
            case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: "["), UInt8(ascii: ","), UInt8(ascii: "]"):
                position += 1
            default:
                position += 1
                if !reportedStrayBytes {
                    reportedStrayBytes = true
                    problem = problem ?? "unexpected bytes between JSON array elements"
                }
            }
        }
        if atEnd, elementStart != nil {
            elementStart = nil
            problem = problem ?? "body ended inside a JSON array element"
        }
        return nil
    }
}
