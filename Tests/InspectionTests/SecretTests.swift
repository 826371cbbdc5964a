import Inspection
import Testing

@Suite("Secrets")
struct SecretTests {
    @Test(arguments: [
        "AIzaSyD4x7Kq2Lm9Np3Rt6Vw8Yz1Bc5Fg0Hj_-Q", "AKIAIOSFODNN7EXAMPLE", "sk-proj-abc123DEF456ghi789JKL",
        "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8", "github_pat_11ABCDEFG0123456789_abcdefghijklmnop",
    ])
    func prefixedKeyIsFound(_ key: String) {
        #expect(Hit.all(in: "key=\(key) ok") == [Hit(.secret, key)])
    }

    @Test func bearerTokenIsRedactedButTheSchemeStays() {
        let text = "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl\n"
        #expect(Hit.all(in: text) == [Hit(.secret, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")])
        #expect(PIIDetector().redact(text).text == "Authorization: Bearer [SECRET]\n")
        #expect(Hit.all(in: "bearer  ya29.a0AfH6SMBx-token_value") == [Hit(.secret, "ya29.a0AfH6SMBx-token_value")])
    }

    @Test func pemPrivateKeyIsRedactedThroughItsEndLine() {
        let text = """
            before
            -----BEGIN RSA PRIVATE KEY-----
            MIIEowIBAAKCAQEA1234567890abcdef
            -----END RSA PRIVATE KEY-----
            after
            """
        #expect(PIIDetector().redact(text).text == "before\n[SECRET]\nafter")
    }

    @Test func pemWithoutEndLineIsRedactedToTheEnd() {
        let text = "key: -----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAA"
        #expect(PIIDetector().redact(text).text == "key: [SECRET]")
    }

    @Test(arguments: [
        "AIzaTooShort123", "AKIAIOSFODNN7EXAMPLEX", "sk-learn-is-a-python-package", "sk-abc", "ghp_short",
        "bearer instruments-of-trade-and-commerce", "Bearer short123", "Bearer\nabcdef1234567890abcd",
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----", "-----BEGIN PUBLIC KEY-----", "----- notes -----",
        "xAIzaSyD4x7Kq2Lm9Np3Rt6Vw8Yz1Bc5Fg0Hj_-Q", "task-sk-", "Bearers of good news",
    ])
    func nonSecretIsIgnored(_ text: String) {
        #expect(Hit.all(in: text).filter { $0.kind == .secret } == [])
    }
}
