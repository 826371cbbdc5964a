/// Where the product catalog comes from, and how answers are checked against it.
/// YAML section `catalog`.
package struct CatalogConfiguration: Sendable, Equatable {
    /// `builtin` (the Online Boutique catalog shipped with Outrigger), `file` (a products.json
    /// path), `url` (an http(s) URL returning products.json) or `grpc` (the shop's
    /// productcatalogservice, `ListProducts`). YAML `source`, default `builtin`.
    package var source: String
    /// The file for `source: file`. YAML `path`.
    package var path: String
    /// The URL for `source: url`. YAML `url`.
    package var url: String
    /// `host:port` of the catalog service for `source: grpc` (plaintext HTTP/2). YAML `grpc_address`.
    package var grpcAddress: String
    /// How often the catalog is loaded again; a failed load keeps the last good one. YAML `refresh`, default `5m`.
    package var refresh: Duration
    /// Keep `/readyz` at 503 until the first load succeeded. YAML `wait_for_first_load`, default `false`.
    package var waitForFirstLoad: Bool
    /// Check answers against the catalog and score their quality. YAML `checks`, default `true`.
    package var checks: Bool
    /// Price mismatch tolerance in percent (at least one cent). YAML `price_tolerance_percent`, default 1.
    package var priceTolerancePercent: Double
    /// Also take bare ID-shaped tokens (not only `[BRACKETED]` ones) as product mentions. YAML `bare_ids`, default `true`.
    package var bareIDs: Bool
    /// What an ID looks like. YAML `id_pattern`, default `[A-Z0-9]{10}`.
    package var idPattern: IDPattern = .default
    /// Bracket pairs around IDs, each written `open close`. YAML `brackets`, default `["[ ]", "［ ］", "【 】"]`.
    package var brackets: [String] = ["[ ]", "\u{FF3B} \u{FF3D}", "\u{3010} \u{3011}"]
    /// A bare token must hold a digit and a letter unless it is a catalog ID.
    /// YAML `bare_ids_need_digit_and_letter`, default `true`.
    package var bareIDsNeedDigitAndLetter = true
    /// How far on each side of an ID names and prices are looked for, in characters.
    /// YAML `context_chars`, default 80.
    package var contextChars = 80
    /// The smallest price difference that counts, in USD (the larger of this and the percentage).
    /// YAML `price_tolerance_usd`, default 0.01.
    package var priceToleranceUSD = 0.01
    /// YAML `check_names`, default `true`.
    package var checkNames = true
    /// YAML `check_prices`, default `true`.
    package var checkPrices = true
    /// Phrases that mark an answer as a recommendation, added to the built-in ones (`word*` is a stem).
    /// YAML `recommendation_cues`, default none.
    package var recommendationCues: [String] = []
    /// Phrases that mark a question as asking for products, added to the built-in ones.
    /// YAML `question_cues`, default none.
    package var questionCues: [String] = []
    /// Offending IDs kept as samples per answer. YAML `max_samples`, default 3.
    package var maxSamples = 3
    /// Mask bare invalid IDs in samples (`1Y******4O`). YAML `mask_bare_samples`, default `true`.
    package var maskBareSamples = true

    package static let sources = ["builtin", "file", "url", "grpc"]

    package init(
        source: String = "builtin", path: String = "", url: String = "", grpcAddress: String = "", refresh: Duration = .seconds(300),
        waitForFirstLoad: Bool = false, checks: Bool = true, priceTolerancePercent: Double = 1, bareIDs: Bool = true
    ) {
        self.source = source
        self.path = path
        self.url = url
        self.grpcAddress = grpcAddress
        self.refresh = refresh
        self.waitForFirstLoad = waitForFirstLoad
        self.checks = checks
        self.priceTolerancePercent = priceTolerancePercent
        self.bareIDs = bareIDs
    }

    package static let `default` = CatalogConfiguration()
}

extension CatalogConfiguration: ConfigSection {
    /// Reads the `catalog` section; `file` needs `path` and `url` needs `url`.
    init(reading reader: ConfigReader) {
        let d = Self.default
        let source = reader.parsed("source", default: d.source, expected: "builtin, file, url or grpc") { (text) throws(ConfigValueError) in
            guard Self.sources.contains(text.lowercased()) else {
                throw .invalidValue("invalid catalog source '\(text)': expected builtin, file, url or grpc")
            }
            return text.lowercased()
        }
        let path = reader.string("path", default: d.path)
        let url = reader.parsed("url", default: d.url, expected: "an http(s) URL") { (text) throws(ConfigValueError) in
            guard text.isEmpty || text.hasPrefix("http://") || text.hasPrefix("https://") else {
                throw .invalidValue("invalid catalog URL '\(text)': it must start with http:// or https://")
            }
            return text
        }
        let grpcAddress = reader.parsed("grpc_address", default: d.grpcAddress, expected: "host:port") { (text) throws(ConfigValueError) in
            guard text.isEmpty || Self.hostPort(text) != nil else {
                throw .invalidValue("invalid address '\(text)': expected host:port, e.g. productcatalogservice:3550")
            }
            return text
        }
        if source == "grpc", grpcAddress.isEmpty, reader.line(of: "grpc_address") == nil {
            reader.log.record(keyPath: reader.keyPath("grpc_address"), line: reader.line(of: "source"), "catalog.source is grpc: set catalog.grpc_address to host:port, e.g. productcatalogservice:3550")
        }
        if source == "file", path.isEmpty, reader.line(of: "path") == nil {
            reader.log.record(keyPath: reader.keyPath("path"), line: reader.line(of: "source"), "catalog.source is file: set catalog.path to a products.json file")
        }
        if source == "url", url.isEmpty, reader.line(of: "url") == nil {
            reader.log.record(keyPath: reader.keyPath("url"), line: reader.line(of: "source"), "catalog.source is url: set catalog.url to an http(s) URL")
        }
        self.init(
            source: source, path: path, url: url, grpcAddress: grpcAddress,
            refresh: reader.duration("refresh", default: d.refresh, in: .seconds(5)...(.seconds(86_400))),
            waitForFirstLoad: reader.bool("wait_for_first_load", default: d.waitForFirstLoad),
            checks: reader.bool("checks", default: d.checks),
            priceTolerancePercent: reader.parsed("price_tolerance_percent", default: d.priceTolerancePercent, expected: "a percentage") { (text) throws(ConfigValueError) in
                guard let value = Double(text), (0...100).contains(value) else {
                    throw .outOfRange("must be a number between 0 and 100, got '\(text)'")
                }
                return value
            },
            bareIDs: reader.bool("bare_ids", default: d.bareIDs)
        )
        idPattern = reader.parsed("id_pattern", default: d.idPattern, expected: "an ID pattern like '[A-Z0-9]{10}'") {
            (text) throws(ConfigValueError) in try IDPattern(parsing: text)
        }
        brackets = reader.strings("brackets", default: d.brackets)
        if let bad = brackets.first(where: { $0.split(separator: " ").count != 2 }) {
            reader.log.record(
                keyPath: reader.keyPath("brackets"), line: reader.line(of: "brackets"),
                "invalid bracket pair '\(bad)': write the opening and closing text separated by one space, e.g. \"[ ]\""
            )
            brackets = d.brackets
        }
        bareIDsNeedDigitAndLetter = reader.bool("bare_ids_need_digit_and_letter", default: d.bareIDsNeedDigitAndLetter)
        contextChars = reader.int("context_chars", default: d.contextChars, in: 8...2000)
        priceToleranceUSD = reader.double("price_tolerance_usd", default: d.priceToleranceUSD, in: 0...1_000_000)
        checkNames = reader.bool("check_names", default: d.checkNames)
        checkPrices = reader.bool("check_prices", default: d.checkPrices)
        recommendationCues = reader.strings("recommendation_cues", default: d.recommendationCues)
        questionCues = reader.strings("question_cues", default: d.questionCues)
        maxSamples = reader.int("max_samples", default: d.maxSamples, in: 0...20)
        maskBareSamples = reader.bool("mask_bare_samples", default: d.maskBareSamples)
    }
}

extension CatalogConfiguration {
    /// `host:port` split, or nil.
    package static func hostPort(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (1...65535).contains(port),
            colon > text.startIndex
        else { return nil }
        return (String(text[..<colon]), port)
    }
}
