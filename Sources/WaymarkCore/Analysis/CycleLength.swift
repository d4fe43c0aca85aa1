/// The median sales cycle of a group's won deals, in days from `opened` to `close`.
public struct CycleLength: Sendable, Hashable {
    /// The group: an owner id, a region, or "" for all won deals.
    public var key: String
    /// Won deals with both dates, the ones the median is taken over.
    public var dealCount: Int
    /// The middle value, or the mean of the two middle values for an even count.
    public var medianDays: Double
}
