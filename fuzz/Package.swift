// swift-tools-version:6.2
import PackageDescription

/// libFuzzer targets for Outrigger's decoders (docs/fuzzing.md). Build and run with scripts/fuzz.sh:
///
///     swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
///
/// The main package's modules are not products, so the few modules the targets need are symlinked
/// into Sources/ and declared here again with the main package's dependencies and settings. Keep
/// these declarations in step with ../Package.swift. No NIO, Hummingbird or AsyncHTTPClient.
///
/// Each executable's `@main` hands its `LLVMFuzzerTestOneInput` to libFuzzer's driver
/// (`LLVMFuzzerRunDriver`, from the runtime that `-sanitize=fuzzer` links), so a plain `swift build`
/// of this package does not link.

/// Strict imports and Swift 6 language mode for every target, as in ../Package.swift.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// One libFuzzer executable per decoder: (product and target name, the modules it drives).
let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
    ("fuzz-sse-framer", ["GeminiWire"]),
    ("fuzz-json-array-framer", ["GeminiWire"]),
    ("fuzz-json-parser", ["JSON"]),
    ("fuzz-inflater", ["GeminiWire", "CZlib"]),
    ("fuzz-response-decoder", ["GeminiWire", "ProxyCore", "CZlib"]),
    ("fuzz-grpc-response-decoder", ["GeminiWire", "ProxyCore"]),
    ("fuzz-route-classifier", ["GeminiWire", "ProxyCore"]),
    ("fuzz-request-target", ["ProxyCore"]),
    ("fuzz-config-reader", ["ProxyConfig"]),
    ("fuzz-conversion-request", ["JSON", "Ledger", "ProxyCore"]),
    ("fuzz-catalog-proto", ["CatalogWire", "ProxyCore"]),
    ("fuzz-dns-response", ["DNSWire"]),
]

let package = Package(
    name: "outrigger-fuzz",
    platforms: [.macOS(.v15)],
    products: fuzzTargets.map { .executable(name: $0.name, targets: [$0.name]) },
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.0"),
        .package(url: "https://github.com/apple/swift-numerics.git", from: "1.1.0"),
    ],
    targets: [
        // MARK: The main package's modules (symlinks to ../Sources/<name>).
        .target(name: "JSON", swiftSettings: swiftSettings),
        .target(name: "DNSWire", swiftSettings: swiftSettings),
        .target(name: "ProxyCore", dependencies: ["JSON"], swiftSettings: swiftSettings),
        .target(name: "ProtoWire", swiftSettings: swiftSettings),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .target(
            name: "GeminiWire", dependencies: ["JSON", "ProxyCore", "ProtoWire", "CZlib"], swiftSettings: swiftSettings
        ),
        .target(name: "Inspection", swiftSettings: swiftSettings),
        .target(name: "Guards", dependencies: ["ProxyCore", "Inspection"], swiftSettings: swiftSettings),
        .target(
            name: "Grounding",
            dependencies: ["JSON", "ProxyCore", "GeminiWire", .product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: swiftSettings
        ),
        .target(name: "Pricing", dependencies: ["ProxyCore"], swiftSettings: swiftSettings),
        .target(name: "Ledger", dependencies: ["JSON", "ProxyCore", "Pricing"], swiftSettings: swiftSettings),
        .target(
            name: "DetectionRules",
            dependencies: ["JSON", "ProxyCore", .product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: swiftSettings
        ),
        // The pure protobuf file of ../Sources/CatalogSources (symlinked alone; the module's gRPC
        // client is left out).
        .target(name: "CatalogWire", dependencies: ["ProxyCore", "ProtoWire"], swiftSettings: swiftSettings),
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

        // MARK: Fuzzing helpers and targets.
        .systemLibrary(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"], swiftSettings: swiftSettings),
    ] + fuzzTargets.map { target in
        .executableTarget(
            name: target.name,
            dependencies: target.dependencies + ["FuzzSupport"],
            swiftSettings: swiftSettings
        )
    }
)
