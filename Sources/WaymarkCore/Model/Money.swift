/// An amount of money in one currency. Amounts are kept in the currency they were written in;
/// conversion to the reporting currency happens in the analysis stage with the configured rates.
public struct Money: Sendable, Hashable {
    public var amount: Double
    /// ISO 4217 code, upper case.
    public var currency: String

    public init(amount: Double, currency: String) {
        self.amount = amount
        self.currency = currency
    }
}
