@testable import ProxyConfig
import Testing

@Suite struct ByteSizeParsingTests {
    @Test(arguments: [
        ("32MiB", 32 << 20),
        ("512KiB", 512 << 10),
        ("1GiB", 1 << 30),
        ("2TiB", 2 << 40),
        ("10MB", 10_000_000),
        ("3KB", 3_000),
        ("1GB", 1_000_000_000),
        ("1000", 1000),
        ("0", 0),
        ("64B", 64),
        ("32 MiB", 32 << 20),
        ("32mib", 32 << 20),
    ])
    func parses(text: String, expected: Int) throws {
        #expect(try ByteSize.parse(text) == expected)
    }

    @Test(arguments: ["", "MiB", "32XB", "-5", "1.5GiB", "32 M", "lots", "99999999999999999999"])
    func rejects(text: String) {
        #expect(throws: ConfigValueError.self) { try ByteSize.parse(text) }
    }

    @Test func rejectsOverflow() {
        #expect(throws: ConfigValueError.outOfRange("size '99999999999TiB' is too large")) {
            try ByteSize.parse("99999999999TiB")
        }
    }

    @Test(arguments: [
        (32 << 20, "32MiB"),
        (8 << 20, "8MiB"),
        (1536 << 20, "1536MiB"),
        (1024, "1KiB"),
        (1000, "1000"),
        (10_000_000, "10000000"),
        (0, "0"),
    ])
    func formats(bytes: Int, expected: String) throws {
        #expect(ByteSize.format(bytes) == expected)
        #expect(try ByteSize.parse(ByteSize.format(bytes)) == bytes)
    }
}
