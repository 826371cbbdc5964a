import ArgumentParser
import AsyncHTTPClient
import FoundationEssentials
import LoadGenerator
import ProxyCore

/// `outrigger load`: replays the shop's scenarios through a running Outrigger.
struct Load: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Send shop traffic scenarios through a running Outrigger (backed by mock-gemini).",
        discussion: """
            Requests leave at the planned rate whether or not earlier ones have answered (open loop), \
            with at most --concurrency in flight. The same --seed plans the same requests. \
            Scenarios: \(Scenario.allCases.map(\.rawValue).joined(separator: ", ")). See docs/load.md.
            """
    )

    @Option(help: "Outrigger's traffic URL, e.g. http://127.0.0.1:8080.")
    var target: String

    @Option(help: "The scenario: \(Scenario.allCases.map(\.rawValue).joined(separator: ", ")).")
    var scenario: String

    @Option(help: "Generation requests per second (the starting rate for capacity-ramp).")
    var rate: Double = 5

    @Option(help: "How long to send: 30s, 5m, 1m30s, 500ms.")
    var duration = "60s"

    @Option(help: "Seeds every random choice; the same seed sends the same requests.")
    var seed: UInt64 = 1

    @Option(help: "Outrigger's admin URL for POST /v1/conversions, e.g. http://127.0.0.1:9464 (required by conversions).")
    var admin: String?

    @Option(help: "A file holding the admin API's bearer token, sent with conversions (default: the OUTRIGGER_ADMIN_TOKEN variable, if set).")
    var adminTokenFile: String?

    @Option(help: "Use this model for every request instead of each service's own.")
    var model: String?

    @Option(help: "gemini, vertex, or mixed (each service's own API).")
    var api = "mixed"

    @Option(help: "The most requests in flight at once.")
    var concurrency = 64

    @Option(help: "Report format: text or json.")
    var report = "text"

    @Option(help: "A labelled JSONL file ({\"text\", \"label\"}) whose prompts join the built-in ones; repeatable.")
    var prompts: [String] = []

    func run() async throws {
        let plan = try makePlan()
        guard report == "text" || report == "json" else { throw ValidationError("--report must be text or json") }
        guard (1...10_000).contains(concurrency) else { throw ValidationError("--concurrency must be 1…10000") }
        for (flag, url) in [("--target", target), ("--admin", admin)] {
            if let url, !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
                throw ValidationError("\(flag) must be an http:// URL such as http://127.0.0.1:8080, got '\(url)'")
            }
        }
        if plan.configuration.scenario == .conversions, admin == nil {
            throw ValidationError("the conversions scenario posts orders: pass --admin with Outrigger's admin URL, e.g. http://127.0.0.1:9464")
        }
        let conversions = plan.countsByKind[.conversion] ?? 0
        if conversions > 0, admin == nil {
            printError("load: no --admin URL, so the \(conversions) planned conversions will be skipped")
        }
        printError("load: \(plan.requests.count) requests planned (\(scenario), seed \(seed)); sending to \(target)")

        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .disabled
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = concurrency
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        var runner = LoadRunner(target: target, admin: admin, concurrency: concurrency, client: client)
        runner.adminToken = try adminToken()
        let result = await runner.run(plan)
        try await client.shutdown()
        printLine(report == "json" ? result.json : result.text)
        if result.sent > 0, result.responded == 0 { throw LoadError.noSuccess(target: target) }
    }

    /// The admin token from `--admin-token-file`, else from `OUTRIGGER_ADMIN_TOKEN`, else nil.
    func adminToken() throws -> String? {
        if let adminTokenFile {
            let token = (try? String(contentsOfFile: adminTokenFile, encoding: .utf8)).map { Substring($0).trimmingWhitespace() }
            guard let token, !token.isEmpty else {
                throw ValidationError("--admin-token-file '\(adminTokenFile)' cannot be read or is empty")
            }
            return String(token)
        }
        let token = ConfigLoading.currentEnvironment()["OUTRIGGER_ADMIN_TOKEN"].map { Substring($0).trimmingWhitespace() }
        return token.flatMap { $0.isEmpty ? nil : String($0) }
    }

    /// The plan from the flags and `--prompts` files.
    func makePlan() throws -> LoadPlan {
        guard let scenario = Scenario(rawValue: scenario) else {
            throw ValidationError("--scenario must be one of \(Scenario.allCases.map(\.rawValue).joined(separator: ", ")), got '\(self.scenario)'")
        }
        guard let api = LoadAPI(rawValue: api) else { throw ValidationError("--api must be gemini, vertex or mixed, got '\(self.api)'") }
        let configuration = LoadConfiguration(
            scenario: scenario, rate: rate, duration: try LoadDuration.parse(duration), seed: seed, model: model, api: api
        )
        try configuration.validate()
        var corpus = PromptCorpus.builtIn
        for path in prompts {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw LoadError.unreadablePrompts("--prompts \(path): cannot read the file (\(error))")
            }
            corpus = try corpus.adding(jsonl: String(decoding: data, as: UTF8.self), name: path)
        }
        return LoadPlan.make(configuration, corpus: corpus)
    }
}
