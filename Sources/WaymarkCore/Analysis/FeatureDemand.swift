/// The revenue behind one feature's requests, in the reporting currency.
public struct FeatureDemand: Sendable, Hashable {
    public var feature: Feature
    /// Requesting accounts, largest amount first, then by name.
    public var accounts: [AccountDemand]
    /// Whether the feature has shipped, by a released status or a `released` date on or before today.
    public var isReleased: Bool
    /// Sums of the numeric custom fields of the counted deals, by field id, in declaration order.
    public var customFieldTotals: [CustomFieldTotal]

    public var accountCount: Int { accounts.count }
    public var totalAmount: Double { accounts.reduce(0) { $0 + $1.amount } }
    /// The smallest per-account amount, counting accounts without a deal as 0; nil without requests.
    public var smallestAmount: Double? { accounts.map(\.amount).min() }
    public var accountsWithoutDeal: Int { accounts.filter { !$0.hasDeal }.count }
}
