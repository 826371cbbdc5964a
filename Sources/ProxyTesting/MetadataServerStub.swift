import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization

/// A stand-in for the GKE metadata server: answers
/// `GET /computeMetadata/v1/instance/service-accounts/default/token` with a token document and
/// `GET /computeMetadata/v1/project/project-id` with `project`, when the request has
/// `Metadata-Flavor: Google` (403 without it, as the real one does), or with `failStatus` when
/// set. Counts the requests it answered.
package final class MetadataServerStub: Sendable {
    package let token: String
    package let expiresIn: Int
    package let project: String
    package let failStatus: Int?
    private let served = Mutex(0)
    private let projects = Mutex(0)

    package init(token: String = "ya29.test-token", expiresIn: Int = 3599, project: String = "v-commerce-prod", failStatus: Int? = nil) {
        self.token = token
        self.project = project
        self.expiresIn = expiresIn
        self.failStatus = failStatus
    }

    /// Token documents served so far.
    package var tokensServed: Int { served.withLock { $0 } }
    /// Project ids served so far.
    package var projectsServed: Int { projects.withLock { $0 } }

    /// Runs the stub on an ephemeral 127.0.0.1 port while `body` runs with its base URL.
    package func run(_ body: (String) async throws -> Void) async throws {
        let router = Router()
        router.get("/computeMetadata/v1/instance/service-accounts/default/token") { request, _ -> Response in
            guard request.headers[HTTPField.Name("metadata-flavor")!] == "Google" else { return Response(status: .forbidden) }
            if let failStatus = self.failStatus { return Response(status: .init(code: failStatus)) }
            self.served.withLock { $0 += 1 }
            let document = #"{"access_token":"\#(self.token)","expires_in":\#(self.expiresIn),"token_type":"Bearer"}"#
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: document)))
        }
        router.get("/computeMetadata/v1/project/project-id") { request, _ -> Response in
            guard request.headers[HTTPField.Name("metadata-flavor")!] == "Google" else { return Response(status: .forbidden) }
            if let failStatus = self.failStatus { return Response(status: .init(code: failStatus)) }
            self.projects.withLock { $0 += 1 }
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: self.project)))
        }
        try await withEphemeralServer(router, label: "metadata") { port in try await body("http://127.0.0.1:\(port)") }
    }
}
