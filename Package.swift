// swift-tools-version:6.2
import PackageDescription

/// Strict imports and Swift 6 language mode for every target (see docs/architecture.md).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "outrigger",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "outrigger", targets: ["outrigger"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.7.0"),
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.0"),
        // 3.12 is the floor; the graph already resolves 4.x through swift-certificates.
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/grpc/grpc-swift-2.git", from: "2.4.0"),
        .package(url: "https://github.com/grpc/grpc-swift-nio-transport.git", from: "2.9.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.9.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-numerics.git", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.0"),
        .package(url: "https://github.com/apple/swift-nio-http2.git", from: "1.38.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.0", traits: []),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.0"),
        // Trailers of HTTP/2 responses (gRPC's grpc-status) are behind this trait.
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0", traits: ["UnstableHTTPAPIsSupport"]),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // MARK: Pure core: no I/O, no networking, no clock.
        /// The one JSON parser and writer (docs/architecture.md, "JSON").
        .target(
            name: "JSON",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ProxyCore",
            dependencies: ["JSON"],
            swiftSettings: swiftSettings
        ),
        /// The protobuf wire format, read and written by hand (catalog and Gemini gRPC messages).
        .target(
            name: "ProtoWire",
            swiftSettings: swiftSettings
        ),
        /// DNS messages (RFC 1035) and resolv.conf: the codec of the upstream resolver, no I/O.
        .target(
            name: "DNSWire",
            swiftSettings: swiftSettings
        ),
        /// The pod-local, name-constrained CA for TLS interception (docs/interception-ca.md). Pure: no I/O, clock passed in.
        .target(
            name: "Interception",
            dependencies: [
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ],
            swiftSettings: swiftSettings
        ),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .target(
            name: "GeminiWire",
            dependencies: [
                "JSON",
                "ProxyCore",
                "ProtoWire",
                "CZlib",
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Inspection",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Grounding",
            dependencies: [
                "JSON", "ProxyCore", "GeminiWire", .product(name: "RealModule", package: "swift-numerics"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Guards",
            dependencies: ["ProxyCore", "Inspection"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Pricing",
            dependencies: ["ProxyCore"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CostAdvice",
            dependencies: [
                "JSON", "ProxyCore", "Pricing"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Ledger",
            dependencies: ["JSON", "ProxyCore", "Pricing"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DetectionRules",
            dependencies: ["JSON", "ProxyCore", .product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ProxyConfig",
            dependencies: [
                "ProxyCore",
                "Pricing",
                "DetectionRules",
                "Grounding",
                "Guards",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Adapters.
        .target(
            name: "UpstreamClient",
            dependencies: [
                "ProxyCore",
                "GeminiWire",
                "JSON",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: swiftSettings
        ),
        /// Resolves the real Google hosts from resolv.conf's servers, bypassing /etc/hosts.
        .target(
            name: "HostResolution",
            dependencies: [
                "DNSWire",
                "LocalFiles",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        /// The pod CA's leaves as NIOSSL certificates, chosen per handshake by SNI.
        .target(
            name: "InterceptionTLS",
            dependencies: [
                "Interception",
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdHTTP2", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP2", package: "swift-nio-http2"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOTLS", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DatadogExport",
            dependencies: [
                "JSON",
                "ProxyCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CatalogSources",
            dependencies: [
                "ProxyCore",
                "ProtoWire",
                "ProxyConfig",
                "Grounding",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRPCCore", package: "grpc-swift-2"),
                .product(name: "GRPCNIOTransportHTTP2Posix", package: "grpc-swift-nio-transport"),
            ],
            swiftSettings: swiftSettings
        ),
        /// Posts rule signals to webhooks.
        .target(
            name: "Notifiers",
            dependencies: [
                "ProxyCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        /// Whole-file reads and atomic writes (config, admin token, rule state).
        .target(
            name: "LocalFiles",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "MockGemini",
            dependencies: [
                "JSON",
                "ProxyCore",
                "GeminiWire",
                "CZlib",
                "InterceptionTLS",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdHTTP2", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),

        .target(
            name: "LoadGenerator",
            dependencies: [
                "DetectionRules",
                "JSON",
                "ProxyCore",
                "GeminiWire",
                "Grounding",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Composition.
        .target(
            name: "ProxyServer",
            dependencies: [
                "JSON",
                "ProxyCore",
                "Inspection",
                "Guards",
                "Grounding",
                "DetectionRules",
                "CatalogSources",
                "Pricing",
                "Ledger",
                "CostAdvice",
                "GeminiWire",
                "ProxyConfig",
                "UpstreamClient",
                "DatadogExport",
                "Notifiers",
                "LocalFiles",
                "Interception",
                "InterceptionTLS",
                "HostResolution",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdHTTP2", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ProxyTesting",
            dependencies: [
                "DatadogExport",
                "GeminiWire",
                "Guards",
                "JSON",
                "MockGemini",
                "ProxyConfig",
                "ProxyServer",
                "Interception",
                "InterceptionTLS",
                "LocalFiles",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "outrigger",
            dependencies: [
                "DetectionRules",
                "JSON",
                "ProxyServer",
                "GeminiWire",
                "Guards",
                "Inspection",
                "ProxyCore",
                "ProxyConfig",
                "MockGemini",
                "DatadogExport",
                "LoadGenerator",
                "Interception",
                "InterceptionTLS",
                "LocalFiles",
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),

        .executableTarget(
            name: "injection-bench",
            dependencies: [
                "JSON", "Inspection", "Guards", "GeminiWire", "ProxyCore"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "injection-eval",
            dependencies: ["Inspection", "JSON"],
            swiftSettings: swiftSettings
        ),
        /// Writes a pod CA and leaves to PEM files for the Python verifier test (integration/interop/test_interception_ca.py).
        .executableTarget(
            name: "interception-fixtures",
            dependencies: ["Interception"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "inspection-bench",
            dependencies: ["Inspection"],
            swiftSettings: swiftSettings
        ),

        // MARK: Tests.
        .testTarget(
            name: "UpstreamClientTests",
            dependencies: [
                "UpstreamClient",
                "ProxyTesting",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProtoWireTests",
            dependencies: ["ProtoWire"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DNSWireTests",
            dependencies: ["DNSWire"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HostResolutionTests",
            dependencies: [
                "DNSWire",
                "HostResolution",
                "LocalFiles",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "InterceptionTests",
            dependencies: [
                "Interception",
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                // Only to prove the DER converts and a real handshake verifies; the module itself has no NIOSSL.
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "InterceptionTLSTests",
            dependencies: [
                "InterceptionTLS",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTP2", package: "swift-nio-http2"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "JSONTests",
            dependencies: ["JSON"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DetectionRulesTests",
            dependencies: ["DetectionRules"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CatalogSourcesTests",
            dependencies: ["CatalogSources", "ProtoWire", "ProxyCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProxyCoreTests",
            dependencies: ["ProxyCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GeminiWireTests",
            dependencies: [
                "JSON", "GeminiWire", "ProtoWire", "ProxyCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DatadogExportTests",
            dependencies: [
                "DatadogExport",
                "ProxyTesting",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "InspectionTests",
            dependencies: ["Inspection"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GroundingTests",
            dependencies: ["Grounding", "ProxyCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GuardsTests",
            dependencies: ["Guards", "Inspection", "ProxyCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PricingTests",
            dependencies: ["Pricing", "ProxyCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CostAdviceTests",
            dependencies: ["CostAdvice", "ProxyCore", "Pricing"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LedgerTests",
            dependencies: ["Ledger", "ProxyCore", "Pricing"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProxyConfigTests",
            dependencies: ["DetectionRules", "Grounding", "Guards", "ProxyConfig", "ProxyCore", "Pricing"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LoadGeneratorTests",
            dependencies: [
                "DetectionRules",
                "JSON",
                "LocalFiles",
                "LoadGenerator",
                "MockGemini",
                "ProxyServer",
                "ProxyConfig",
                "Guards",
                "ProxyCore",
                "GeminiWire",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProxyServerTests",
            dependencies: [
                "JSON",
                "ProxyServer",
                "DetectionRules",
                "MockGemini",
                "GeminiWire",
                "ProxyConfig",
                "ProxyCore",
                "Pricing",
                "Guards",
                "Grounding",
                "CatalogSources",
                "DatadogExport",
                "ProxyTesting",
                "UpstreamClient",
                .product(name: "GRPCCore", package: "grpc-swift-2"),
                .product(name: "GRPCNIOTransportHTTP2Posix", package: "grpc-swift-nio-transport"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
