import DetectionRules
import LocalFiles
import Logging
import ServiceLifecycle


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
        do {
            try AtomicFile.write(rules.snapshot(now: WallClock.now()).encode(), to: path)
        } catch {
            logger.warning("cannot write the rule baselines", metadata: ["path": .string(path), "error": .string(error.description)])
        }
    }
}
