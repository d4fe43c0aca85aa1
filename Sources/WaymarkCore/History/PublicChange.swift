/// A change customers may see: a public feature announced, its status changed, or its release.
struct PublicChange: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// The feature became public, or was created public.
        case published
        case statusChanged(from: String, to: String)
        /// The feature got a `released` date or moved to a status that counts as released.
        case released(RoadmapDate?)

        /// A short name for ids and JSON.
        var name: String {
            switch self {
            case .published: return "published"
            case .statusChanged: return "status"
            case .released: return "released"
            }
        }
    }

    var featureID: String
    var kind: Kind
    var commit: ContentCommit
    /// Position of the commit in the history, for ordering changes of the same day.
    var commitIndex: Int
}
