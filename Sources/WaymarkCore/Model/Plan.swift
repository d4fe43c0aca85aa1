/// A strategic sales plan for a key account.
public struct Plan: Sendable, Hashable {
    public enum Objective: String, Sendable, Hashable, CaseIterable {
        case win
        case expand
        case retain
        case preventChurn = "prevent-churn"
    }

    public var header: ItemHeader
    public var account: String
    public var objective: Objective
    public var owner: String?
    public var start: RoadmapDate?
    public var end: RoadmapDate?
    public var revenue: Money?
    public var deals: [String]
    public var features: [String]
    public var status: String
    public var risk: String?

    public var id: String { header.id }

    /// An open retain or prevent-churn plan puts its revenue at risk.
    public var putsRevenueAtRisk: Bool {
        status == "active" && (objective == .retain || objective == .preventChurn)
    }
}
