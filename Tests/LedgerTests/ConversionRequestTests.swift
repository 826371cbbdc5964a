import Ledger
import Pricing
import ProxyCore
import Testing

@Suite struct ConversionRequestTests {
    /// Bodies that are accepted, and what they read as.
    @Test(arguments: [
        (#"{"session_id": "s1", "order_id": "o1", "value_usd": 12.34}"#, "s1", "o1", "12.34"),
        (#"{"order_id":"o1","session_id":"s1"}"#, "s1", "o1", "0"),
        (" \n\t{ \"session_id\" : \" s1 \" , \"order_id\" : \" o1\" , \"value_usd\" : 0 } \r\n", "s1", "o1", "0"),
        // Unknown members are ignored, whatever their type.
        (#"{"session_id":"s","order_id":"o","value_usd":1,"currency":"USD","items":[1,{"a":null}],"meta":{"x":[true,false,-1.5e3]}}"#, "s", "o", "1"),
        (#"{"session_id":"s","order_id":"o","value_usd":1.5e2}"#, "s", "o", "150"),
        (#"{"session_id":"s","order_id":"o","value_usd":1E-2}"#, "s", "o", "0.01"),
        (#"{"session_id":"s","order_id":"o","value_usd":-0}"#, "s", "o", "0"),
        (#"{"session_id":"s","order_id":"o","value_usd":-0.0e5}"#, "s", "o", "0"),
        (#"{"session_id":"s","order_id":"o","value_usd":1000000}"#, "s", "o", "1000000"),
        (#"{"session_id":"s","order_id":"o","value_usd":1e6}"#, "s", "o", "1000000"),
        (#"{"session_id":"s","order_id":"o","value_usd":0.000001}"#, "s", "o", "0.000001"),
        // Float noise past the 12th decimal rounds away.
        (#"{"session_id":"s","order_id":"o","value_usd":12.340000000000001}"#, "s", "o", "12.34"),
        (#"{"session_id":"s","order_id":"o","value_usd":0.1e-5}"#, "s", "o", "0.000001"),
        // Escapes, surrogate pairs, and format characters dropped from the session id as from a header.
        (#"{"session_id":"caf\u00e9 \ud83d\ude00","order_id":"a\/b\"c"}"#, "caf\u{E9} \u{1F600}", "a/b\"c", "0"),
        (#"{"session_id":"ab\u200bc","order_id":"o"}"#, "abc", "o", "0"),
        (#"{"session_id":""# + String(repeating: "s", count: 128) + #"","order_id":"o"}"#,
         String(repeating: "s", count: 128), "o", "0"),
    ])
    func accepts(body: String, session: String, order: String, value: String) throws {
        let request = try ConversionRequest.parse(body)
        #expect(request.sessionID == session)
        #expect(request.orderID == order)
        #expect(request.value == usd(value))
        #expect(try ConversionRequest.parse(Array(body.utf8)) == request)
    }

    @Test func exactPicoDollars() throws {
        let request = try ConversionRequest.parse(#"{"session_id":"s","order_id":"o","value_usd":0.000000000001}"#)
        #expect(request.value == Money(picoUSD: 1))
        let rounded = try ConversionRequest.parse(#"{"session_id":"s","order_id":"o","value_usd":0.0000000000015}"#)
        #expect(rounded.value == Money(picoUSD: 2))
    }

    /// Bodies that are refused: the code, the field and words the message must contain.
    @Test(arguments: BadPayload.all)
    func rejects(_ bad: BadPayload) {
        do {
            let request = try ConversionRequest.parse(bad.body)
            Issue.record("accepted \(request)")
        } catch {
            #expect(error.code == bad.code)
            #expect(error.field == bad.field)
            #expect(error.message.contains(bad.message), "\(error.message)")
            #expect(error.httpStatus == 400)
        }
    }

    @Test func fullMessages() {
        #expect(BadPayload.message(#"{"order_id":"o"}"#)
            == "session_id is missing; send the session id your service sent with its LLM calls, as a JSON string")
        #expect(BadPayload.message(#"{"session_id":"s","order_id":"o","value_usd":"12.34"}"#)
            == "value_usd must be a JSON number such as 12.34 (US dollars), not a string")
        #expect(BadPayload.message("[]")
            == #"the body is a JSON array, not an object; send a JSON object such as {"session_id": "…", "order_id": "…", "value_usd": 12.34}"#)
        #expect(BadPayload.message(#"{"session_id":"s","order_id":"o","value_usd":NaN}"#)
            == #"the body is not valid JSON (malformed number: NaN, Infinity and a leading '+' are not JSON; write a plain number at byte 45); send a JSON object such as {"session_id": "…", "order_id": "…", "value_usd": 12.34}"#)
    }

    @Test func oversizedAndInvalidBytes() {
        let padding = String(repeating: " ", count: ConversionRequest.maximumBodyBytes)
        #expect(throws: ConversionError.self) {
            try ConversionRequest.parse(#"{"session_id":"s","order_id":"o"}"# + padding)
        }
        do {
            _ = try ConversionRequest.parse(#"{"session_id":"s","order_id":"o"}"# + padding)
        } catch {
            #expect(error.code == "too_large")
        }
        do {
            _ = try ConversionRequest.parse([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D])
        } catch {
            #expect(error.code == "invalid_json")
            #expect(error.message.contains("UTF-8"))
        }
    }
}

/// A refused body and what the refusal must say.
struct BadPayload: Sendable, CustomTestStringConvertible {
    var body: String
    var code: String
    var field: String?
    var message: String

    var testDescription: String { "\(code): \(body.prefix(60))" }

    static func message(_ body: String) -> String {
        do {
            _ = try ConversionRequest.parse(body)
            return "accepted"
        } catch {
            return error.message
        }
    }

    private static func bad(_ body: String, _ code: String, _ field: String?, _ message: String) -> BadPayload {
        BadPayload(body: body, code: code, field: field, message: message)
    }

    private static func withValue(_ value: String) -> String {
        #"{"session_id":"s","order_id":"o","value_usd":"# + value + "}"
    }

    static let long = String(repeating: "x", count: 129)

    static let all: [BadPayload] = [
        bad("", "invalid_json", nil, "the body is empty"),
        bad("   ", "invalid_json", nil, "the body is empty"),
        bad("not json", "invalid_json", nil, "unexpected byte 'o', expected 'null' at byte 1"),
        bad("session_id=s&order_id=o", "invalid_json", nil, "not valid JSON"),
        bad("[1, 2]", "not_object", nil, "the body is a JSON array, not an object"),
        bad(#""s""#, "not_object", nil, "a JSON string, not an object"),
        bad("null", "not_object", nil, "a JSON null, not an object"),
        bad("12.34", "not_object", nil, "a JSON number, not an object"),
        bad(#"{"session_id":"s","order_id":"o""#, "invalid_json", nil, "unexpected end of input, expected ',' or '}' at byte 32"),
        bad(#"{"session_id":"s","order_id":"o"} x"#, "invalid_json", nil, "unexpected data after the JSON value"),
        bad(#"{"session_id":"s","order_id":"o"}{}"#, "invalid_json", nil, "unexpected data after the JSON value"),
        bad(#"{"session_id":"s",}"#, "invalid_json", nil, "expected a string key"),
        bad(#"{session_id:"s"}"#, "invalid_json", nil, "expected a string key"),
        bad(#"{'session_id':'s'}"#, "invalid_json", nil, "expected a string key"),
        bad(#"{"order_id":"o"}"#, "missing_field", "session_id", "session_id is missing"),
        bad(#"{"session_id":"s"}"#, "missing_field", "order_id", "order_id is missing; send your order's unique id"),
        bad(#"{"Session_ID":"s","order_id":"o"}"#, "missing_field", "session_id", "session_id is missing"),
        bad(#"{"session_id":1,"order_id":"o"}"#, "wrong_type", "session_id", "session_id must be a JSON string, not a number"),
        bad(#"{"session_id":"s","order_id":null}"#, "wrong_type", "order_id", "order_id must be a JSON string, not null"),
        bad(#"{"session_id":["s"],"order_id":"o"}"#, "wrong_type", "session_id", "not an array"),
        bad(#"{"session_id":"s","order_id":{"id":"o"}}"#, "wrong_type", "order_id", "not an object"),
        bad(#"{"session_id":"","order_id":"o"}"#, "empty_value", "session_id", "session_id is empty"),
        bad(#"{"session_id":" \t ","order_id":"o"}"#, "empty_value", "session_id", "session_id is empty"),
        bad(#"{"session_id":"\u0007","order_id":"o"}"#, "empty_value", "session_id", "session_id is empty"),
        bad(#"{"session_id":"s","order_id":""}"#, "empty_value", "order_id", "order_id is empty"),
        bad(#"{"session_id":""# + long + #"","order_id":"o"}"#, "too_long", "session_id",
            "session_id is 129 bytes long; it must be at most 128 bytes"),
        bad(#"{"session_id":"s","order_id":""# + long + #""}"#, "too_long", "order_id",
            "order_id is 129 bytes long; it must be at most 128 bytes"),
        bad(#"{"session_id":"s","order_id":"a\u0000b"}"#, "invalid_characters", "order_id",
            "order_id contains control or invisible format characters"),
        bad(#"{"session_id":"s","order_id":"o","order_id":"p"}"#, "duplicate_field", "order_id",
            "order_id appears more than once"),
        bad(withValue(#""12.34""#), "wrong_type", "value_usd", "value_usd must be a JSON number such as 12.34"),
        bad(withValue("true"), "wrong_type", "value_usd", "not a boolean"),
        bad(withValue("null"), "wrong_type", "value_usd", "not null"),
        bad(withValue("-1"), "negative_value", "value_usd", "value_usd is negative (-1); send the order value in US dollars, 0 or more"),
        bad(withValue("-0.01"), "negative_value", "value_usd", "is negative (-0.01)"),
        bad(withValue("-1e-20"), "negative_value", "value_usd", "is negative"),
        bad(withValue("1000000.01"), "value_too_large", "value_usd", "value_usd 1000000.01 is above the limit of 1000000 US dollars"),
        bad(withValue("1e300"), "value_too_large", "value_usd", "above the limit"),
        bad(withValue("1e999999999999"), "value_too_large", "value_usd", "above the limit"),
        bad(withValue("99999999999999999999999"), "value_too_large", "value_usd", "above the limit"),
        bad(withValue("NaN"), "invalid_json", nil, "NaN, Infinity and a leading '+' are not JSON"),
        bad(withValue("Infinity"), "invalid_json", nil, "Infinity and a leading '+' are not JSON; write a plain number at byte 45"),
        bad(withValue("-Infinity"), "invalid_json", nil, "Infinity and a leading '+' are not JSON"),
        bad(withValue("+1"), "invalid_json", nil, "a leading '+'"),
        bad(withValue("012"), "invalid_json", nil, "no leading zeros"),
        bad(withValue("1."), "invalid_json", nil, "expected a digit after the decimal point"),
        bad(withValue(".5"), "invalid_json", nil, "expected a value"),
        bad(withValue("1e"), "invalid_json", nil, "expected a digit in the exponent"),
        bad(withValue("0x10"), "invalid_json", nil, "expected ',' or '}'"),
        bad("{\"session_id\":\"a\u{1}b\",\"order_id\":\"o\"}", "invalid_json", nil, "unescaped control character 0x01 in string"),
        bad(#"{"session_id":"\ud800","order_id":"o"}"#, "invalid_json", nil, "unpaired UTF-16 high surrogate"),
        bad(#"{"session_id":"\udc00","order_id":"o"}"#, "invalid_json", nil, "unpaired UTF-16 low surrogate"),
        bad(#"{"session_id":"\x41","order_id":"o"}"#, "invalid_json", nil, "invalid escape sequence"),
        bad(#"{"session_id":"s","order_id":"o","deep":"# + String(repeating: "[", count: 40)
            + String(repeating: "]", count: 40) + "}", "invalid_json", nil, "nesting deeper than 32 levels"),
        bad(#"{"session_id":"s","order_id":"o","x":tru}"#, "invalid_json", nil, "expected 'true' at byte 40"),
    ]
}
