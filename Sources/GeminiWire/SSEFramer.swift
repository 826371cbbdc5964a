/// Splits an `alt=sse` body into event payloads.
///
/// Follows the WHATWG event-stream rules (HTML §9.2.6): lines end in CRLF, LF or CR; `data:` lines (one
/// optional space stripped) are joined with LF; a blank line dispatches the event; `:` lines are comments.
/// gemini.md §4: Gemini frames each chunk as `data: {…}\r\n\r\n`, has "no `event:` line and no `[DONE]`;
/// the stream ends at EOF", and a mid-stream error may come "as raw pretty-printed JSON" without `data:`.
/// So a line that starts with `{` or `[` begins an undelimited JSON value, cut out by bracket depth.
/// An event still open at EOF is dispatched, and `[DONE]` or empty payloads are skipped.
struct SSEFramer: Sendable {
    /// What the scanner found.
    private enum Found {
        /// The accumulated `data:` payload is ready.
        case data
        /// An undelimited JSON value occupies this range of `buffer`.
        case rawJSON(Range<Int>)
    }

    /// Largest event accepted, in bytes (its lines as buffered).
    private let maxFrameBytes: Int
    private var buffer: [UInt8] = []
    /// Next byte to scan; `lineStart...position` is the current line (or raw JSON value).
    private var position = 0
    private var lineStart = 0
    /// The last line ended with CR, so an LF right after belongs to it.
    private var skipLineFeed = false
    /// Set while reading a JSON value that arrived without `data:`.
    private var rawJSON: JSONArrayFramer.DepthTracker?
    private var data: [UInt8] = []
    private var hasData = false
    private var atEnd = false
    private var reportedStrayLine = false
    private var problem: String?
    /// Set once an event grows past `maxFrameBytes`; no frames are produced after that.
    private(set) var overflowed = false

    /// Creates a framer.
    /// - Parameters:
    ///   - maxFrameBytes: Largest event accepted (`data` payload plus the line being read); a longer one sets
    ///     ``overflowed``. The check runs per scanned byte, so where chunks were cut never changes the outcome.
    init(maxFrameBytes: Int = .max) {
        self.maxFrameBytes = maxFrameBytes
    }

    /// Adds the next bytes of the body.
    /// - Parameters:
    ///   - bytes: Body bytes, in order.
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        if lineStart > 0 {
            buffer.removeSubrange(0..<lineStart)
            position -= lineStart
            lineStart = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// Marks the end of the body, so the last line and event are flushed.
    mutating func finish() {
        atEnd = true
    }

    /// The first framing problem since the last call, if any.
    mutating func takeProblem() -> String? {
        defer { problem = nil }
        return problem
    }

    /// Passes the next event payload to `body` and returns its result, or `nil` when more input is needed.
    /// - Parameters:
    ///   - body: Receives the payload bytes, valid only during the call.
    mutating func nextFrame<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        while !overflowed, let found = scan() {
            switch found {
            case .rawJSON(let range):
                return buffer.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[range])) }
            case .data:
                defer {
                    data.removeAll(keepingCapacity: true)
                    hasData = false
                }
                if data.isEmpty || data.elementsEqual("[DONE]".utf8) { continue }
                return data.withUnsafeBytes(body)
            }
        }
        return nil
    }

    private mutating func scan() -> Found? {
        while position < buffer.count {
            guard position - lineStart + data.count < maxFrameBytes else {
                overflowed = true
                return nil
            }
            let byte = buffer[position]
            if var tracker = rawJSON {
                position += 1
                let closed = tracker.step(byte)
                rawJSON = closed ? nil : tracker
                if closed {
                    defer { lineStart = position }
                    return .rawJSON(lineStart..<position)
                }
                continue
            }
            if skipLineFeed {
                skipLineFeed = false
                if byte == 0x0A {
                    position += 1
                    lineStart = position
                    continue
                }
            }
            if position == lineStart, byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                if hasData { return .data }
                rawJSON = JSONArrayFramer.DepthTracker()
                continue
            }
            guard byte == 0x0A || byte == 0x0D else {
                position += 1
                continue
            }
            let line = lineStart..<position
            position += 1
            lineStart = position
            skipLineFeed = byte == 0x0D
            if let found = processLine(line) { return found }
        }
        guard atEnd else { return nil }
        if rawJSON != nil {
            rawJSON = nil
            defer { lineStart = buffer.count }
            return .rawJSON(lineStart..<buffer.count)
        }
        if lineStart < buffer.count {
            let line = lineStart..<buffer.count
            lineStart = buffer.count
            if let found = processLine(line) { return found }
        }
        return hasData ? .data : nil
    }

    /// Applies one complete line: a blank line dispatches, `data:` accumulates, other fields are ignored.
    private mutating func processLine(_ line: Range<Int>) -> Found? {
        guard let first = line.first else { return hasData ? .data : nil }
        if buffer[first] == UInt8(ascii: ":") { return nil }
        let colon = buffer[line].firstIndex(of: UInt8(ascii: ":")) ?? line.upperBound
        let name = buffer[line.lowerBound..<colon]
        if name.elementsEqual("data".utf8) {
            var valueStart = min(colon + 1, line.upperBound)
            if valueStart < line.upperBound, buffer[valueStart] == 0x20 { valueStart += 1 }
            if hasData { data.append(0x0A) }
            data.append(contentsOf: buffer[valueStart..<line.upperBound])
            hasData = true
        } else if !(name.elementsEqual("event".utf8) || name.elementsEqual("id".utf8)
            || name.elementsEqual("retry".utf8)), !reportedStrayLine {
            reportedStrayLine = true
            problem = problem ?? "unexpected line in event stream"
        }
        return nil
    }
}
