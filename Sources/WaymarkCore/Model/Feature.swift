/// A product feature on the roadmap.
public struct Feature: Sendable, Hashable {
    public enum Horizon: String, Sendable, Hashable, CaseIterable {
        case now
        case next
        case later
    }

    public enum Visibility: String, Sendable, Hashable, CaseIterable {
        case `public`
        case `internal`
    }

    public struct Media: Sendable, Hashable {
        public enum MediaType: String, Sendable, Hashable, CaseIterable {
            case image
            case video
            case document
            case link
        }

        public var type: MediaType
        /// A file beside the item, relative to its bundle folder.
        public var file: String?
        /// An outside address (http or https only).
        public var url: String?
        public var title: String?
    }

    public var header: ItemHeader
    public var status: String
    public var start: RoadmapDate?
    public var end: RoadmapDate?
    public var horizon: Horizon?
    public var summary: String?
    public var publicTitle: String?
    public var visibility: Visibility
    public var media: [Media]
    public var released: RoadmapDate?
    public var product: String?

    public var id: String { header.id }
    public var isPublic: Bool { visibility == .public }
}
