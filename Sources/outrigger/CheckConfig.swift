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
        let environment = ConfigLoading.currentEnvironment()
        let configuration: ProxyConfiguration
        do {
            configuration = try ProxyConfiguration.load(path: path).applyingEnvironment(environment)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        if let problem = configuration.admin.exposureProblem(environment: environment) {
            printError("\(path): \(problem)")
            throw ExitCode(1)
        }
        printLine("\(path): OK")
    }
}
