package import ProxyCore

extension PriceTable {
    /// The cost of one finished call, or nil when Google does not bill it: not a generation, or no
    /// 2xx answer. A stream that ended before its usage arrived (client gone, timeout, reset, an
    /// error mid-stream, or simply no usage block) is still billed, from an estimate marked
    /// `.estimated`; a model missing from the table gives `.unknownModel` with zero amounts.
    package func cost(of record: CallRecord) -> CallCost? {
        guard record.operation.isGeneration, (200..<300).contains(record.status), let response = record.response else {
            return nil
        }
        let reported = response.usage.flatMap { $0.hasCounts ? $0 : nil }
        let complete = record.outcome == .ok && reported != nil
        let usage: TokenUsage
        if complete, let reported {
            usage = reported
        } else {
            usage = UsageEstimate.abortedStream(
                requestBodyBytes: record.requestBytes, responseText: response.text,
                thoughtCharacters: response.thoughtChars, seen: response.usage
            ).usage
        }
        let model = record.model.isEmpty ? (response.modelVersion ?? "") : record.model
        let breakdown = cost(of: usage, model: model, dialect: record.dialect, estimated: !complete)
        let basis: CallCost.Basis =
            breakdown.isCostUnknown ? .unknownModel : breakdown.isPrepaid ? .prepaid : complete ? .reported : .estimated
        return CallCost(
            pricedModel: breakdown.model, basis: basis, serviceTier: breakdown.serviceTier.name, input: breakdown.input,
            cachedInput: breakdown.cachedInput, output: breakdown.output, thoughts: breakdown.thoughts,
            total: breakdown.total, usage: usage
        )
    }
}
