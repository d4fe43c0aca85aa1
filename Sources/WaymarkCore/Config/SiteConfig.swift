/// The settings of one site, read from `roadmap.yml`; every field has a default so that a site
/// without the file still builds.
public struct SiteConfig: Sendable {
    public enum PublicDates: String, Sendable, CaseIterable {
        /// Dates as written.
        case exact
        /// Days and months become their quarter.
        case quarter
        /// No dates: features show their horizon or status only.
        case none
    }

    public struct Status: Sendable, Hashable {
        public var id: String
        public var labels: [Language: String]
        /// Whether a feature with this status has shipped, so its requesters are called back.
        public var isReleased: Bool
    }

    public struct Stage: Sendable, Hashable {
        public enum State: String, Sendable, CaseIterable {
            case open
            case won
            case lost
        }

        public var id: String
        public var labels: [Language: String]
        public var probability: Double
        public var state: State
    }

    public var title: String
    /// The languages of the pages; the first is the default, the others are built under `<language>/`.
    public var languages: [Language]
    public var currency: String
    /// The month (1–12) the fiscal year starts in.
    public var fiscalYearStart: Int
    public var baseURL: String
    public var statuses: [Status]
    public var stages: [Stage]
    /// Internal term → the customers' term, applied to every public text.
    public var glossary: [(internal: String, customer: String)]
    public var publicDates: PublicDates
    /// The forward-looking disclaimer per language; nil uses the built-in text.
    public var disclaimer: [Language: String]
    /// Units of the reporting currency per unit of another currency.
    public var exchangeRates: [String: Double]
    /// A stage holding at least this share of open deals or open amount is a bottleneck.
    public var bottleneckShare: Double
    /// Deals in the same stage for more than this many days are aging.
    public var agingDays: Int
    /// The configured views; nil when `roadmap.yml` has no `views`, so the built-in ones apply.
    public var views: [ViewConfig]?
    /// The number of open deals, largest amounts first, drawn on the deal timeline.
    public var dealTimelineLimit: Int
    /// Fields declared under `custom_fields:`, in the order written.
    public var customFields: [CustomFieldDefinition] = []

    public init() {
        title = "Roadmap"
        languages = [.zhCN]
        currency = "CNY"
        fiscalYearStart = 1
        baseURL = "/"
        statuses = SiteConfig.defaultStatuses
        stages = SiteConfig.defaultStages
        glossary = []
        publicDates = .quarter
        disclaimer = [:]
        exchangeRates = [:]
        bottleneckShare = 0.5
        agingDays = 60
        views = nil
        // An estimate: 200 bars keep the SVG a few thousand pixels tall after sub-row packing.
        dealTimelineLimit = 200
    }

    public var language: Language { languages.first ?? .zhCN }

    public func status(_ id: String) -> Status? { statuses.first { $0.id == id } }
    public func customField(_ id: String) -> CustomFieldDefinition? { customFields.first { $0.id == id } }
    public func stage(_ id: String) -> Stage? { stages.first { $0.id == id } }

    public func statusLabel(_ id: String, _ language: Language) -> String {
        status(id)?.labels[language] ?? id
    }

    public func stageLabel(_ id: String, _ language: Language) -> String {
        stage(id)?.labels[language] ?? id
    }

    public static let defaultStatuses: [Status] = [
        Status(id: "exploring", labels: [.zhCN: "探索中", .en: "Exploring"], isReleased: false),
        Status(id: "planned", labels: [.zhCN: "已规划", .en: "Planned"], isReleased: false),
        Status(id: "in-progress", labels: [.zhCN: "开发中", .en: "In progress"], isReleased: false),
        Status(id: "beta", labels: [.zhCN: "公测", .en: "Beta"], isReleased: false),
        Status(id: "released", labels: [.zhCN: "已发布", .en: "Released"], isReleased: true),
    ]

    public static let defaultStages: [Stage] = [
        Stage(id: "prospecting", labels: [.zhCN: "潜在客户", .en: "Prospecting"], probability: 0.1, state: .open),
        Stage(id: "qualification", labels: [.zhCN: "需求确认", .en: "Qualification"], probability: 0.2, state: .open),
        Stage(id: "demo", labels: [.zhCN: "产品演示", .en: "Demo"], probability: 0.35, state: .open),
        Stage(id: "proposal", labels: [.zhCN: "方案报价", .en: "Proposal"], probability: 0.5, state: .open),
        Stage(id: "negotiation", labels: [.zhCN: "商务谈判", .en: "Negotiation"], probability: 0.7, state: .open),
        Stage(id: "won", labels: [.zhCN: "赢单", .en: "Won"], probability: 1, state: .won),
        Stage(id: "lost", labels: [.zhCN: "输单", .en: "Lost"], probability: 0, state: .lost),
    ]
}
