/// One account's weight behind a feature: its requests, the open or won deals that count for
/// the feature, and their amount in the reporting currency.
public struct AccountDemand: Sendable, Hashable {
    public var account: String
    /// The account's requests for the feature, sorted by date then id.
    public var requests: [Request]
    /// Open or won deals of the account that count for the feature, sorted by id.
    public var deals: [Deal]
    /// Sum of `deals` in the reporting currency; 0 when the account has no open or won deal.
    public var amount: Double
    /// Rep ids to contact the account through: the deals' owners, else the account file's owner.
    public var owners: [String]

    /// False when the account has no open or won deal, so its demand counts as zero revenue.
    public var hasDeal: Bool { !deals.isEmpty }
}
