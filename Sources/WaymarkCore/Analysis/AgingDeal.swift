/// An open deal that has stayed in its stage longer than `SiteConfig.agingDays`.
public struct AgingDeal: Sendable, Hashable {
    public var deal: Deal
    /// Days from `stage_since` to today.
    public var daysInStage: Int
}
