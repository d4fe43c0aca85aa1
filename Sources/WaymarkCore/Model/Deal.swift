/// A sales opportunity with one account.
public struct Deal: Sendable, Hashable {
    public struct KeyDate: Sendable, Hashable {
        public var name: String
        public var date: RoadmapDate
    }

    public var header: ItemHeader
    public var account: String
    /// A rep id.
    public var owner: String
    /// A stage id from the configured stage list.
    public var stage: String
    /// The deal's value; zero when `hasAmount` is false.
    public var amount: Money
    /// False for a deal written without an amount, as CRMs export early open deals; such a deal
    /// counts as zero in totals and pages say the amount is unknown.
    public var hasAmount: Bool = true
    /// Win probability from 0 to 1; nil means the stage's default.
    public var probability: Double?
    public var opened: RoadmapDate?
    public var close: RoadmapDate?
    public var keyDates: [KeyDate]
    public var stageSince: RoadmapDate?
    public var lostReason: String?
    public var region: String?
    public var product: String?
    public var features: [String]

    public var id: String { header.id }
}
