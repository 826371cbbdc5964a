import DNSWire
import FuzzSupport

@main
enum FuzzDNSResponse {
    static func main() { runFuzzer(fuzzDNSResponse) }
}

/// libFuzzer target: ``DNSResponse/parse(_:id:question:)``, the reader of the answers the
/// upstream resolver gets from the network, and ``ResolvConf/parse(_:)``.
///
/// The question asked is the one the input echoes (read with the QR bit cleared), else a fixed
/// one, for A and AAAA. No input may trap. An accepted response must hold only addresses of the
/// type asked, at most 16 aliases, a TTL within 0...2^31-1, and survive a round trip: written
/// again as a server would and parsed, it gives the same value.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzDNSResponse(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    var asQuery = bytes
    if asQuery.count > 2 { asQuery[2] &= 0x7F }
    var questions: [(UInt16, DNSQuestion)] = []
    if let echoed = try? DNSQuery.parse(asQuery) { questions.append(echoed) }
    let id = bytes.count >= 2 ? UInt16(bytes[0]) << 8 | UInt16(bytes[1]) : 0
    let fixed = try! DNSName(host: "aiplatform.googleapis.com")
    questions += [(id, DNSQuestion(name: fixed, type: .a)), (id, DNSQuestion(name: fixed, type: .aaaa))]
    for (id, question) in questions {
        guard let response = try? DNSResponse.parse(bytes, id: id, question: question) else { continue }
        check(response, question: question, input: bytes)
    }
    let conf = ResolvConf.parse(String(decoding: bytes, as: UTF8.self))
    fuzzCheck(conf.nameservers.count <= 3, "\(escaped(bytes)): \(conf.nameservers.count) nameservers")
    return 0
}

private func check(_ response: DNSResponse, question: DNSQuestion, input: [UInt8]) {
    fuzzCheck(
        response.addresses.allSatisfy { $0.family == question.type.family },
        "\(escaped(input)): an address of another family than \(question)"
    )
    fuzzCheck(response.aliases.count <= 16, "\(escaped(input)): \(response.aliases.count) aliases")
    fuzzCheck((response.ttl ?? 0) <= UInt32(Int32.max), "\(escaped(input)): TTL \(response.ttl ?? 0)")
    fuzzCheck(
        (response.ttl == nil) == (response.addresses.isEmpty && response.aliases.isEmpty),
        "\(escaped(input)): TTL \(String(describing: response.ttl)) with \(response.addresses.count) addresses"
    )
    let again = Result { () throws(DNSWireError) in try DNSResponse.parse(response.message, id: response.id, question: question) }
    fuzzCheck((try? again.get()) == response, "\(escaped(input)) parsed as \(response), round trip gave \(again)")
}
