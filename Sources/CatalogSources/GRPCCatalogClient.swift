package import GRPCCore
import GRPCNIOTransportHTTP2Posix
package import ProxyCore

/// Calls `hipstershop.ProductCatalogService/ListProducts` over plaintext HTTP/2 (in-cluster).
package enum GRPCCatalogClient {
    package static let method = MethodDescriptor(fullyQualifiedService: "hipstershop.ProductCatalogService", method: "ListProducts")

    /// The products of the catalog service at `host:port`.
    package static func listProducts(host: String, port: Int, timeout: Duration = .seconds(10)) async throws -> [Product] {
        let transport = try HTTP2ClientTransport.Posix(target: .dns(host: host, port: port), transportSecurity: .plaintext)
        let bytes = try await withGRPCClient(transport: transport) { client in
            var options = CallOptions.defaults
            options.timeout = timeout
            return try await client.unary(
                request: ClientRequest(message: [UInt8]()), descriptor: method, serializer: BytesCodec(),
                deserializer: BytesCodec(), options: options
            ) { response in try response.message }
        }
        return try ProductCatalogWire.decode(bytes)
    }
}

/// Passes message bytes through: the messages are encoded by ``ProductCatalogWire``.
package struct BytesCodec: MessageSerializer, MessageDeserializer {
    package init() {}

    package func serialize<Bytes: GRPCContiguousBytes>(_ message: [UInt8]) throws -> Bytes {
        Bytes(message)
    }

    package func deserialize<Bytes: GRPCContiguousBytes>(_ serializedMessageBytes: Bytes) throws -> [UInt8] {
        serializedMessageBytes.withUnsafeBytes { Array($0) }
    }
}
