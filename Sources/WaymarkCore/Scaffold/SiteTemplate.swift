/// The starting points `waymark init` offers, one per stage of a sales team.
public enum SiteTemplate: String, Sendable, CaseIterable {
    /// A public roadmap of features with summaries, and tagged customer requests.
    case startup
    /// A sales team with reps, deals moving through stages, and requests tied to deals.
    case sme
    /// Teams and regions, deals in two currencies, account plans and revenue goals.
    case enterprise
}
