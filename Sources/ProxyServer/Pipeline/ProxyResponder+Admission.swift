import Hummingbird
import ProxyCore

extension ProxyResponder {
    /// Stage 1: only origin-form targets with a forwardable method go on; nothing on the request
    /// line may choose where a request goes. Returns the answer for anything else.
    func admit(_ request: Request, target: String, _ pending: inout PendingCall) -> Response? {
        let form = request.headers[RequestTargetAnnotator.field].flatMap { RequestTarget(name: Substring($0)) } ?? .classify(target)
        switch RequestAdmission.decide(method: request.method.rawValue, target: form) {
        case .forward: return nil
        case .answerOptions: return finishRejected(&pending, ProxyErrorResponse.options(), request: request)
        case .refuse(let error): return finishRejected(&pending, ProxyErrorResponse.make(error, allow: error.code == 405), request: request)
        }
    }

    /// Records a request refused (or answered) from its request line alone, before any body was
    /// read; says `Connection: close` when the connection ends after it (``RequestTargetAnnotator``).
    private func finishRejected(_ pending: inout PendingCall, _ response: Response, request: Request) -> Response {
        var response = response
        if request.headers[.connection] == "close" { response.headers[.connection] = "close" }
        pending.status = Int(response.status.code)
        pending.outcome = .rejected
        pending.errorMessage = response.headers[ProxyErrorResponse.errorHeader]
        pending.end = .now
        processor.submit(pending)
        return response
    }
}
