/// Closed deals of a group: won / (won + lost).
public struct WinRate: Sendable, Hashable {
    /// The group: an owner id, a region, or "" for all deals.
    public var key: String
    public var won: Int
    public var lost: Int

    /// Nil while no deal of the group has closed.
    public var rate: Double? {
        won + lost == 0 ? nil : Double(won) / Double(won + lost)
    }
}
