import AsyncHTTPClient
import JSON
package import Logging
import NIOCore
import NIOHTTP1

/// Access tokens for Vertex AI from the GKE (or GCE) metadata server: with Workload Identity,
/// the pod's Kubernetes service account acts as a Google service account, and the metadata
/// server hands out its short-lived OAuth token. No key file, nothing on disk.
///
/// A token is reused until five minutes before it expires. It is never logged.
package actor MetadataTokenSource {
    /// The metadata path of the default service account's token.
    package static let tokenPath = "/computeMetadata/v1/instance/service-accounts/default/token"
    /// The metadata path of the project id (plain text).
    package static let projectPath = "/computeMetadata/v1/project/project-id"
    /// A token is replaced this long before its expiry.
    static let refreshMargin: Duration = .seconds(300)

    private let client: UpstreamHTTPClient
    private let base: String
    private let url: String
    private let now: @Sendable () -> ContinuousClock.Instant
    private let logger: Logger
    private var cached: (token: String, expires: ContinuousClock.Instant)?
    private var project: String?

    /// - Parameters:
    ///   - base: the metadata server (`http://metadata.google.internal`; `$GCE_METADATA_HOST` in tests).
    ///   - now: the clock that ages cached tokens.
    package init(
        client: UpstreamHTTPClient, base: String, logger: Logger,
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.client = client
        self.base = base
        url = base + Self.tokenPath
        self.now = now
        self.logger = logger
    }

    /// A valid access token, from the cache or a new one.
    package func token() async throws(MetadataTokenError) -> String {
        let at = now()
        if let cached, at < cached.expires { return cached.token }
        let bytes = try await fetch(url)
        guard let token = MetadataToken(json: bytes) else {
            throw MetadataTokenError(url: url, reason: "its answer has no access_token and expires_in")
        }
        cached = (token.accessToken, at + .seconds(token.expiresIn) - Self.refreshMargin)
        return token.accessToken
    }

    /// The pod's Google Cloud project, asked once.
    package func projectID() async throws(MetadataTokenError) -> String {
        if let project { return project }
        let address = base + Self.projectPath
        let text = String(decoding: try await fetch(address), as: UTF8.self).filter { !$0.isWhitespace }
        guard !text.isEmpty, text.count <= 63, !text.contains("/") else {
            throw MetadataTokenError(url: address, reason: "its answer is not a project id")
        }
        project = text
        return text
    }

    /// One metadata GET with `Metadata-Flavor: Google`; the body of a 200, at most 64 KiB.
    private func fetch(_ address: String) async throws(MetadataTokenError) -> [UInt8] {
        var request = HTTPClientRequest(url: address)
        request.headers.add(name: "metadata-flavor", value: "Google")
        let bytes: ByteBuffer
        let status: UInt
        do {
            let response = try await client.send(request, firstByteTimeout: .seconds(5), logger: logger)
            status = response.status.code
            bytes = try await response.body.collect(upTo: 64 << 10)
        } catch {
            throw MetadataTokenError(url: address, reason: "it did not answer (\(error))")
        }
        guard status == 200 else { throw MetadataTokenError(url: address, reason: "it answered HTTP \(status)") }
        return Array(bytes.readableBytesView)
    }
}

/// The metadata server's token document: `{"access_token": …, "expires_in": …, "token_type": "Bearer"}`.
struct MetadataToken: Equatable {
    var accessToken: String
    var expiresIn: Int

    /// Nil unless the document has a non-empty token and a positive lifetime.
    init?(json: [UInt8]) {
        guard let document = try? JSONParser.parse(json), let token = document["access_token"]?.stringValue, !token.isEmpty,
            let lifetime = document["expires_in"]?.intValue, lifetime > 0
        else { return nil }
        accessToken = token
        expiresIn = lifetime
    }
}

/// No token from the metadata server, and what to check.
package struct MetadataTokenError: Error, Sendable, CustomStringConvertible {
    package let url: String
    package let reason: String
    package var description: String {
        "no access token from the metadata server at \(url): \(reason). On GKE, enable Workload Identity on the node pool "
            + "and bind the pod's Kubernetes service account to a Google service account with the Vertex AI User role."
    }
}
