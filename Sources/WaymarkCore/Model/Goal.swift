/// A sales goal whose progress is computed from the deals.
public struct Goal: Sendable, Hashable {
    public enum Metric: String, Sendable, Hashable, CaseIterable {
        case wonRevenue = "won-revenue"
        case wonDeals = "won-deals"
        case newAccounts = "new-accounts"
        case pipeline
    }

    public var header: ItemHeader
    public var metric: Metric
    public var target: Double
    public var period: RoadmapDate
    /// Deal field → required value, all of which must match.
    public var filter: [String: String]

    public var id: String { header.id }
}
