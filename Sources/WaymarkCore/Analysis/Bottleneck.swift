/// A stage holding at least `SiteConfig.bottleneckShare` of the open deals or of the open amount.
public struct Bottleneck: Sendable, Hashable {
    public var stage: StageSummary
    /// Owners of the stage's deals, by count descending, then by name.
    public var owners: [OwnerCount]
    /// Whether the stage reaches the threshold by number of deals; false means by amount only.
    public var isByCount: Bool

    /// The owners named in the bottleneck sentence: the largest holders, in order, until together
    /// they hold at least two thirds of the stage's deals, and never more than three.
    // NOTE: the two-thirds and three-owner limits are a reading choice, not a configured setting.
    public var mainOwners: [OwnerCount] {
        var named: [OwnerCount] = []
        var covered = 0
        for owner in owners where named.count < 3 {
            named.append(owner)
            covered += owner.count
            if Double(covered) * 3 >= Double(stage.count) * 2 { break }
        }
        return named
    }
}
