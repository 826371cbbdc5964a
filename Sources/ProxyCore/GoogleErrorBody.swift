import JSON

/// A Google-style error body, `{"error":{"code","message","status","details"}}`, for failures
/// Outrigger answers itself. SDKs surface `message` (google-genai raises `ClientError`/`ServerError`).
package struct GoogleErrorBody: Sendable, Hashable {
    /// HTTP status code, also written as `error.code`.
    package var code: Int
    /// The canonical gRPC status name (`UNAVAILABLE`, `DEADLINE_EXCEEDED`…).
    package var status: String
    /// A human message that says what happened and what to do.
    package var message: String
    /// A stable, label-safe reason (`UPSTREAM_CONNECT_FAILED`), sent as a `google.rpc.ErrorInfo` detail.
    package var reason: String

    package init(code: Int, status: String, message: String, reason: String) {
        self.code = code
        self.status = status
        self.message = message
        self.reason = reason
    }

    /// The JSON text of the body.
    package var json: String {
        """
        {"error":{"code":\(code),"message":\(JSONWriter.quoted(message)),"status":\(JSONWriter.quoted(status)),\
        "details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":\(JSONWriter.quoted(reason)),\
        "domain":"outrigger.dev"}]}}
        """
    }
}
