import DetectionRules
import LocalFiles
import Logging
import ServiceLifecycle


/// Keeps the rules' state across restarts (`rules.state_file`, e.g. on a volume): windows,
/// forecasters, hourly baselines, each group's state and acknowledgement. Restored at start,
/// saved every `rules.state_save_interval` and at shutdown. The file is written to a temporary
/// name and renamed, so a crash never leaves half a file. A missing file starts empty; an
/// unreadable, foreign or other-version one is logged and ignored. Version 1 files (baselines
/// only) still restore their baselines.
struct RuleStateFile: Service {
    let path: String
    let interval: Duration
    let rules: RuleEvaluation
    let logger: Logger

    /// Restores the rule state from the file, if there is one.
    func restore() {
        guard let bytes = FileBytes.read(path) else { return }
        do {
            let snapshot = try RuleStateSnapshot(decoding: bytes)
            let restored = rules.restore(snapshot)
            logger.notice(
                "rule state restored",
                metadata: [
                    "path": .string(path), "version": .stringConvertible(snapshot.version),
                    "groups": .stringConvertible(restored), "firing": .stringConvertible(snapshot.firingGroupCount),
                ])
        } catch {
            logger.warning(
                "rule state not restored; starting empty", metadata: ["path": .string(path), "error": .string("\(error)")]
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
            try AtomicFile.write(rules.stateSnapshot(now: WallClock.now()).encode(), to: path)
        } catch {
            logger.warning("cannot write the rule state", metadata: ["path": .string(path), "error": .string(error.description)])
        }
    }
}
