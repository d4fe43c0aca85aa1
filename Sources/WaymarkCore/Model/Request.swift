/// A customer request heard in the sales process, tied to the feature it asks for.
public struct Request: Sendable, Hashable {
    public var header: ItemHeader
    public var account: String
    public var feature: String
    public var deal: String?
    public var date: RoadmapDate?
    public var source: String?
    public var importance: String?

    public var id: String { header.id }
}
