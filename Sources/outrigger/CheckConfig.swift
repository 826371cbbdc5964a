import ArgumentParser
import ProxyConfig

/// `outrigger check-config PATH`: validate a config file without starting anything.
struct CheckConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate a config file: exit 0, or exit 1 with one line per problem (key path and line)."
    )

    @Argument(help: "The YAML config file to check.")
    var path: String

    func run() throws {
        do {
            _ = try ProxyConfiguration.load(path: path).applyingEnvironment(ConfigLoading.currentEnvironment())
            printLine("\(path): OK")
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
