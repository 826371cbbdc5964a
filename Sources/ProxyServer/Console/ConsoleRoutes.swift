import FoundationEssentials
import HTTPTypes
import Hummingbird
import NIOCore
import ProxyConfig
import ProxyCore

/// The live console on the admin listener: `GET /` serves one self-contained page (no external
/// scripts, fonts or styles) that polls the admin JSON documents; `GET /v1/calls/{id}` gives one
/// recent call's prompt and answer excerpt as its LLM Observability span carries them.
enum ConsoleRoutes {
    /// Characters kept of each message in a call excerpt.
    static let excerptCharacters = 600

    /// Adds the console's routes.
    /// - Parameters:
    ///   - router: the admin router (its auth middleware, if any, is already in place).
    ///   - status: the recent calls.
    ///   - content: the LLM Observability privacy policy the excerpts follow (default: redacted).
    static func add(to router: Router<BasicRequestContext>, status: StatusStore, content: MessageContentPolicy?) {
        let content = content ?? MessageContentPolicy(privacy: .redacted, redact: PIIRedaction.redact)
        router.get("/") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "text/html; charset=utf-8"
            headers[.cacheControl] = "no-store"
            // Belt and braces: the browser may fetch nothing but this origin.
            headers[.contentSecurityPolicy] = ConsolePage.contentSecurityPolicy
            headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: ConsolePage.html)))
        }
        router.get("/v1/calls/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let record = status.snapshot().recent.last(where: { $0.id == id }) else {
                return AdminRoutes.json(
                    #"{"error":{"code":"unknown_call","message":"no recent call with this id; GET /v1/status lists the recent ones"}}"#,
                    status: .notFound
                )
            }
            return try AdminRoutes.encoded(CallExcerpt(record, content: content))
        }
    }
}

/// One call's messages as exported to LLM Observability (`datadog.llmobs.privacy`), cut short.
struct CallExcerpt: Encodable, Sendable {
    struct Message: Encodable, Sendable {
        var role: String
        var content: String
    }

    var id: String
    var privacy: String
    var input: [Message]
    var output: [Message]

    init(_ record: CallRecord, content: MessageContentPolicy) {
        id = record.id
        privacy = content.privacy.rawValue
        let prompt = record.prompt.flatMap { content.apply($0.messages) } ?? []
        // The last few turns are what the answer responds to.
        input = prompt.suffix(3).map { Message(role: $0.role, content: Self.cut($0.content)) }
        var answer: [PromptMessage] = []
        if let response = record.response, response.error == nil, !response.text.isEmpty {
            answer = content.apply([PromptMessage(role: "assistant", content: response.text)]) ?? []
        }
        output = answer.map { Message(role: $0.role, content: Self.cut($0.content)) }
    }

    static func cut(_ text: String) -> String {
        text.count <= ConsoleRoutes.excerptCharacters ? text : String(text.prefix(ConsoleRoutes.excerptCharacters)) + "…"
    }
}
