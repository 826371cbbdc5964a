import ArgumentParser

/// `outrigger`: a sidecar proxy for Gemini traffic with Datadog-native observability.
/// The entry point is main.swift, which installs NIO as the concurrency executor first.
struct Outrigger: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outrigger",
        abstract: "A sidecar proxy for Gemini (Vertex AI and Developer API) traffic.",
        subcommands: [Serve.self, MockGeminiCommand.self, CheckConfig.self, Demo.self, Inspect.self, Load.self, RulesCommand.self]
    )
}

extension Outrigger {
    /// Parses the command line and runs the chosen subcommand (what `AsyncParsableCommand.main()`
    /// does; main.swift calls this after choosing the executor).
    static func runFromCommandLine() async {
        do {
            var command = try await asyncParseAsRoot(nil)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
