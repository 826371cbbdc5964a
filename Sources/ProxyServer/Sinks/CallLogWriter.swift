import DetectionRules
import LocalFiles
import Logging
import ProxyCore
import ServiceLifecycle
import Synchronization

/// Writes the call log (`rules.call_log`) for `outrigger rules replay`: one line per finished
/// call and per recorded conversion (docs/rules.md, "Replay"). Lines wait in a bounded buffer
/// (dropped and counted past ``bufferLimit``) and are appended once a second and at shutdown, off
/// the request path; writing stops with a log line once the file reaches ``maxBytes``.
final class CallLogWriter: CallRecordSink, Service, Sendable {
    /// Lines held between flushes.
    static let bufferLimit = 50_000
    /// The largest file written: 1 GiB.
    static let maxBytes = 1 << 30

    private struct State {
        var lines: [String] = []
        var dropped = 0
        var full = false
    }

    let path: String
    private let state = Mutex(State())
    private let logger: Logger
    private let interval: Duration

    init(path: String, logger: Logger, interval: Duration = .seconds(1)) {
        self.path = path
        var logger = logger
        logger[metadataKey: "component"] = "call-log"
        self.logger = logger
        self.interval = interval
    }

    func record(_ record: CallRecord) { add(.call(RuleObservation(record: record))) }

    /// Logs a recorded conversion of a session.
    func conversion(sessionID: String?, at time: Double) { add(.conversion(time: time, sessionID: sessionID)) }

    private func add(_ event: RuleReplay.Event) {
        let line = CallLog.line(for: event)
        state.withLock { s in
            guard !s.full else { return }
            if s.lines.count >= Self.bufferLimit {
                s.dropped += 1
            } else {
                s.lines.append(line)
            }
        }
    }

    /// Lines dropped because the buffer was full.
    var dropped: Int { state.withLock { $0.dropped } }

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do { try await Task.sleep(for: self.interval) } catch { break }
                self.flush()
            }
        }
        flush()
    }

    /// Appends the buffered lines to the file.
    func flush() {
        let lines = state.withLock { s in
            defer { s.lines.removeAll(keepingCapacity: true) }
            return s.lines
        }
        guard !lines.isEmpty else { return }
        var bytes: [UInt8] = []
        for line in lines {
            bytes += line.utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        do {
            let size = try AppendFile.append(bytes, to: path)
            if size >= Self.maxBytes {
                state.withLock { $0.full = true }
                logger.warning("call log reached its size limit; no more lines are written", metadata: ["path": .string(path), "bytes": .stringConvertible(size)])
            }
        } catch {
            logger.warning("cannot write the call log", metadata: ["path": .string(path), "error": .string(error.description)])
        }
    }
}
