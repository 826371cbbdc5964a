/// Size limits on bodies. YAML section `limits`.
package struct LimitsConfiguration: Sendable, Equatable {
    /// The largest request body accepted, in bytes; larger requests get a 413. At least 1 KiB.
    /// YAML `limits.max_request_body`, default `32MiB`.
    package var maxRequestBodyBytes: Int
    /// How much of each response body is kept for decoding usage and text, in bytes; the whole
    /// body is still relayed. At least 1 KiB. YAML `limits.max_response_tap`, default `8MiB`.
    package var maxResponseTapBytes: Int

    /// Creates limits; every parameter defaults to its documented default.
    package init(maxRequestBodyBytes: Int = 32 << 20, maxResponseTapBytes: Int = 8 << 20) {
        self.maxRequestBodyBytes = maxRequestBodyBytes
        self.maxResponseTapBytes = maxResponseTapBytes
    }

    /// 32 MiB requests, 8 MiB response tap.
    package static let `default` = LimitsConfiguration()
}
