/// A sales representative, with the career path drawn on their page.
public struct Rep: Sendable, Hashable {
    public struct Role: Sendable, Hashable {
        public var title: String
        public var since: RoadmapDate
    }

    public struct Quota: Sendable, Hashable {
        public var period: RoadmapDate
        public var amount: Double
    }

    public var header: ItemHeader
    public var name: String
    public var region: String?
    /// A rep id.
    public var manager: String?
    public var joined: RoadmapDate?
    public var roles: [Role]
    public var quotas: [Quota]

    public var id: String { header.id }
}
