import Hummingbird
import JSON
import Ledger
import NIOCore
import ProxyCore

extension AdminRoutes {
    /// `POST /v1/conversions`: a checkout reports an order (docs/cost.md).
    static func addConversionRoute(to router: Router<BasicRequestContext>, economics: SessionEconomics) {
        router.post("/v1/conversions") { request, _ in
            let body: ByteBuffer
            do {
                body = try await request.body.collect(upTo: ConversionRequest.maximumBodyBytes)
            } catch {
                return json(#"{"error":{"code":"too_large","message":"the body is larger than \#(ConversionRequest.maximumBodyBytes) bytes; send one small JSON object"}}"#, status: .badRequest)
            }
            do throws(ConversionError) {
                switch try economics.convert(body: Array(body.readableBytesView)) {
                case .recorded(let event):
                    return json(
                        #"{"status":"recorded","order_id":\#(JSONWriter.quoted(event.orderID)),"session_found":\#(event.sessionFound),"credited_spend_usd":\#(JSONWriter.quoted(event.creditedSpend.decimalText))}"#,
                        status: .created
                    )
                case .duplicate(let orderID):
                    return json(#"{"status":"duplicate","order_id":\#(JSONWriter.quoted(orderID))}"#, status: .ok)
                }
            } catch {
                let field = error.field.map { ",\"field\":" + JSONWriter.quoted($0) } ?? ""
                return json(
                    #"{"error":{"code":\#(JSONWriter.quoted(error.code)),"message":\#(JSONWriter.quoted(error.message))\#(field)}}"#,
                    status: .badRequest
                )
            }
        }
    }
}
