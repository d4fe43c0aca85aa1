/// How many deals of a group one rep owns.
public struct OwnerCount: Sendable, Hashable {
    /// A rep id.
    public var owner: String
    /// The rep's display name, or the id when no rep file exists.
    public var name: String
    public var count: Int
}
