import ProxyConfig
import Testing

@Suite struct ConfigFileTests {
    @Test func loadsAFile() throws {
        let path = TestSupport.temporaryFile(Array("listen: \":7000\"\n".utf8))
        defer { TestSupport.remove(path) }
        #expect(try ProxyConfiguration.load(path: path).listen.port == 7000)
    }

    @Test func problemsNameTheFile() throws {
        let path = TestSupport.temporaryFile(Array("\nlisten: 7000\n".utf8))
        defer { TestSupport.remove(path) }
        let error = try #require(throws: ConfigurationError.self) { try ProxyConfiguration.load(path: path) }
        #expect(error.description.hasPrefix("\(path):2: listen: invalid listen address '7000'"))
    }

    @Test func missingFile() throws {
        let error = try #require(throws: ConfigurationError.self) {
            try ProxyConfiguration.load(path: "/nonexistent/outrigger.yaml")
        }
        #expect(error.description == "/nonexistent/outrigger.yaml: cannot read the config file: file not found")
        #expect(error.code == "unreadable")
    }

    @Test func directory() throws {
        let error = try #require(throws: ConfigurationError.self) { try ProxyConfiguration.load(path: "/tmp") }
        #expect(error.description == "/tmp: cannot read the config file: it is a directory")
    }

    @Test func notUTF8() throws {
        let path = TestSupport.temporaryFile([0x6C, 0x69, 0x73, 0x74, 0x65, 0x6E, 0x3A, 0x20, 0xFF, 0xFE, 0x0A])
        defer { TestSupport.remove(path) }
        let error = try #require(throws: ConfigurationError.self) { try ProxyConfiguration.load(path: path) }
        #expect(error.description == "\(path): cannot read the config file: the file is not UTF-8 text")
    }

    @Test func emptyFileIsDefault() throws {
        let path = TestSupport.temporaryFile([])
        defer { TestSupport.remove(path) }
        #expect(try ProxyConfiguration.load(path: path) == .default)
    }
}
