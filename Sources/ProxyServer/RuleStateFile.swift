import DetectionRules
import Logging
import ServiceLifecycle

#if canImport(Glibc)
import Glibc
#endif

/// Keeps the rules' hourly baselines across restarts (`rules.state_file`, e.g. on a volume):
/// restored at start, saved every `rules.state_save_interval` and at shutdown. The file is
/// written to a temporary name and renamed, so a crash never leaves half a file. A missing file
/// starts empty; an unreadable or foreign one is logged and ignored.
struct RuleStateFile: Service {
    let path: String
    let interval: Duration
    let rules: RuleEvaluation
    let logger: Logger

    /// Restores the baselines from the file, if there is one.
    func restore() {
        guard let bytes = FileBytes.read(path) else { return }
        do {
            let snapshot = try BaselineSnapshot(decoding: bytes)
            let restored = rules.restore(snapshot)
            logger.notice("rule baselines restored", metadata: ["path": .string(path), "baselines": .stringConvertible(restored)])
        } catch {
            logger.warning(
                "rule baselines not restored; starting empty", metadata: ["path": .string(path), "error": .string("\(error)")]
            )
        }
    }

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do { try await Task.sleep(for: interval) } catch { break }
                save()
            }
        }
        save()
    }

    func save() {
        let bytes = rules.snapshot(now: WallClock.now()).encode()
        let temporary = path + ".tmp"
        guard let file = fopen(temporary, "wb") else {
            logger.warning("cannot write the rule baselines", metadata: ["path": .string(temporary), "errno": .stringConvertible(errno)])
            return
        }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file) == 0
        guard written == bytes.count, closed, rename(temporary, path) == 0 else {
            logger.warning("cannot write the rule baselines", metadata: ["path": .string(path), "errno": .stringConvertible(errno)])
            unlink(temporary)
            return
        }
    }
}
