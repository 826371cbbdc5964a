import ArgumentParser

/// `outrigger`: a sidecar proxy for Gemini traffic with Datadog-native observability.
@main
struct Outrigger: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outrigger",
        abstract: "A sidecar proxy for Gemini (Vertex AI and Developer API) traffic.",
        subcommands: [Serve.self, MockGeminiCommand.self, CheckConfig.self, Demo.self]
    )
}
