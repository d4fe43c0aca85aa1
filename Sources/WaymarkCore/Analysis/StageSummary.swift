/// Open deals in one stage, with amounts in the reporting currency.
public struct StageSummary: Sendable, Hashable {
    public var stage: String
    public var count: Int
    public var amount: Double
    /// Sum of amount × win probability, the deal's own or the stage's default.
    public var weightedAmount: Double
    /// This stage's part of all open deals, 0–1.
    public var countShare: Double
    /// This stage's part of the open amount, 0–1.
    public var amountShare: Double
}
