/// One configured view from the `views:` list of `roadmap.yml`: which items it shows, how it groups,
/// colours, sorts and cuts them, and on which site it appears. Rendered as `views/<id>.html`.
public struct ViewConfig: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case deal
        case feature
    }

    public enum SortKey: String, Sendable, CaseIterable {
        case amount
        case close
        case start
        case title
    }

    public struct Sort: Sendable, Hashable {
        public var key: SortKey
        public var descending: Bool
    }

    public enum Unit: String, Sendable, CaseIterable {
        case month
        case quarter
        case fiscalQuarter = "fiscal-quarter"
        case year
    }

    public var id: String
    public var titles: [Language: String]
    public var kind: Kind
    /// Field → accepted values; an item matches when every field has one of its values.
    public var filter: [String: [String]]
    /// The field whose value names each swimlane.
    public var groupBy: String
    /// The field whose value picks each bar's colour.
    public var colorBy: String
    public var sort: Sort?
    /// The number of items kept after sorting; nil keeps every item.
    public var limit: Int?
    /// Deals below this amount, in the reporting currency, are left out.
    public var minAmount: Double?
    /// Nil uses the site's quarters, or fiscal quarters when the fiscal year does not start in January.
    public var unit: Unit?
    public var rangeStart: RoadmapDate?
    public var rangeEnd: RoadmapDate?
    public var audience: Audience

    public func title(_ language: Language) -> String {
        titles[language] ?? id
    }

    /// Fields that every item of `kind` has, besides the custom fields of `roadmap.yml`.
    public static func builtInFields(_ kind: Kind) -> [String] {
        switch kind {
        case .deal: return ["owner", "stage", "state", "region", "team", "product", "account"]
        case .feature: return ["status", "team", "product", "tag"]
        }
    }

    /// The view that the internal site shows when `roadmap.yml` configures none: the open deals
    /// with the largest amounts, in owner swimlanes.
    public static var biggestDeals: ViewConfig {
        ViewConfig(
        id: "biggest-deals",
        titles: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, PageStrings.text("biggestDeals", $0)) }),
        kind: .deal,
        filter: ["state": ["open"]],
        groupBy: "owner",
        colorBy: "stage",
        sort: Sort(key: .amount, descending: true),
        limit: 20,
        audience: .internal
        )
    }
}
