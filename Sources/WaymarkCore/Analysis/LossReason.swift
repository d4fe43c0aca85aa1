/// A `lost_reason` and how many lost deals give it.
public struct LossReason: Sendable, Hashable {
    public var reason: String
    public var count: Int
}
