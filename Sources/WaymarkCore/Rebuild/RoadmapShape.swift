/// What decides the set of output paths: the ids of every kind, which features are public, the
/// account names, the teams, the deal owners and regions, and each feature's media with the
/// folder it is copied from. When two
/// builds have the same shape, configuration and theme, they write the same paths, so a rebuild
/// may replace only some pages and keep the rest. Any other change takes a full render.
struct RoadmapShape: Sendable, Equatable {
    private var keys: Set<ItemKey> = []
    private var publicFeatures: Set<String> = []
    private var accountNames: [String] = []
    private var teams: Set<String> = []
    private var owners: Set<String> = []
    private var regions: Set<String> = []
    private var media: [String: [Feature.Media]] = [:]
    private var bundleFolders: [String: String] = [:]

    init(_ roadmap: Roadmap, items: [RoadmapItem]) {
        keys = Set(items.map(ItemKey.init))
        accountNames = roadmap.accountNames
        for feature in roadmap.features {
            if feature.isPublic { publicFeatures.insert(feature.id) }
            if let team = feature.header.team { teams.insert(team) }
            if !feature.media.isEmpty { media[feature.id] = feature.media }
            if let folder = feature.header.source.bundleFolder { bundleFolders[feature.id] = folder }
        }
        for deal in roadmap.deals {
            if let team = deal.header.team { teams.insert(team) }
            owners.insert(deal.owner)
            if let region = deal.region { regions.insert(region) }
        }
    }
}
