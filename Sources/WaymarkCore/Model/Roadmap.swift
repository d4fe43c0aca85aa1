/// All items of one site after decoding, with indexes by id. Arrays are sorted by id so that every
/// page and every loop is deterministic.
public struct Roadmap: Sendable {
    public var config: SiteConfig
    public var features: [Feature] = []
    public var requests: [Request] = []
    public var deals: [Deal] = []
    public var reps: [Rep] = []
    public var plans: [Plan] = []
    public var goals: [Goal] = []
    /// Account files; accounts named only on deals and requests are added by `accountNames`.
    public var accounts: [Account] = []

    public private(set) var featureIndex: [String: Int] = [:]
    public private(set) var dealIndex: [String: Int] = [:]
    public private(set) var repIndex: [String: Int] = [:]

    public init(config: SiteConfig, items: [RoadmapItem]) {
        self.config = config
        for item in items {
            switch item {
            case .feature(let value): features.append(value)
            case .request(let value): requests.append(value)
            case .deal(let value): deals.append(value)
            case .rep(let value): reps.append(value)
            case .plan(let value): plans.append(value)
            case .goal(let value): goals.append(value)
            case .account(let value): accounts.append(value)
            }
        }
        features.sort { $0.id < $1.id }
        requests.sort { $0.id < $1.id }
        deals.sort { $0.id < $1.id }
        reps.sort { $0.id < $1.id }
        plans.sort { $0.id < $1.id }
        goals.sort { $0.id < $1.id }
        accounts.sort { $0.name < $1.name }
        featureIndex = Dictionary(features.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        dealIndex = Dictionary(deals.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        repIndex = Dictionary(reps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func feature(_ id: String) -> Feature? { featureIndex[id].map { features[$0] } }
    public func deal(_ id: String) -> Deal? { dealIndex[id].map { deals[$0] } }
    public func rep(_ id: String) -> Rep? { repIndex[id].map { reps[$0] } }

    /// The rep's display name, or the id when no rep file exists.
    public func repName(_ id: String) -> String { rep(id)?.name ?? id }

    /// Every account name that appears on a deal, a request, a plan or an account file, sorted.
    public var accountNames: [String] {
        var names = Set(accounts.map(\.name))
        for deal in deals where !deal.account.isEmpty { names.insert(deal.account) }
        for request in requests where !request.account.isEmpty { names.insert(request.account) }
        for plan in plans where !plan.account.isEmpty { names.insert(plan.account) }
        return names.sorted()
    }

    /// Requests for one feature, sorted by date then id.
    public func requests(for featureID: String) -> [Request] {
        requests.filter { $0.feature == featureID }.sorted {
            let left = $0.date?.description ?? ""
            let right = $1.date?.description ?? ""
            return left == right ? $0.id < $1.id : left < right
        }
    }
}
