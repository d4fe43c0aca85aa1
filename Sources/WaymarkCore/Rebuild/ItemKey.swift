/// A name for something a page reads: an item by kind and id, an account by name, or a deal
/// region. Pages declare the keys they read, and an edit touches the keys of the edited item
/// and of everything it refers to, before and after the edit.
struct ItemKey: Sendable, Hashable {
    /// An item kind's raw value, or "region".
    var namespace: String
    var id: String

    static func item(_ kind: ItemKind, _ id: String) -> ItemKey { ItemKey(namespace: kind.rawValue, id: id) }
    static func feature(_ id: String) -> ItemKey { item(.feature, id) }
    static func request(_ id: String) -> ItemKey { item(.request, id) }
    static func deal(_ id: String) -> ItemKey { item(.deal, id) }
    static func rep(_ id: String) -> ItemKey { item(.rep, id) }
    /// Accounts are keyed by name, because most accounts exist only as a name on deals and requests.
    static func account(_ name: String) -> ItemKey { item(.account, name) }
    static func region(_ name: String) -> ItemKey { ItemKey(namespace: "region", id: name) }

    /// The key of the item itself.
    init(_ item: RoadmapItem) {
        switch item {
        case .feature(let value): self = .feature(value.id)
        case .request(let value): self = .request(value.id)
        case .deal(let value): self = .deal(value.id)
        case .rep(let value): self = .rep(value.id)
        case .plan(let value): self = .item(.plan, value.id)
        case .goal(let value): self = .item(.goal, value.id)
        case .account(let value): self = .account(value.name)
        }
    }

    private init(namespace: String, id: String) {
        self.namespace = namespace
        self.id = id
    }

    /// The keys of what an item refers to, so that the pages of those items are rendered again
    /// when the item changes: a request's feature, account and deal, a deal's account, owner,
    /// region and features, a plan's account and an account's owner.
    static func references(of item: RoadmapItem) -> [ItemKey] {
        switch item {
        case .feature, .goal:
            return []
        case .request(let request):
            return [.feature(request.feature), .account(request.account)] + (request.deal.map { [.deal($0)] } ?? [])
        case .deal(let deal):
            return [.account(deal.account), .rep(deal.owner)] + (deal.region.map { [.region($0)] } ?? []) + deal.features.map(ItemKey.feature)
        case .rep(let rep):
            return rep.manager.map { [.rep($0)] } ?? []
        case .plan(let plan):
            return [.account(plan.account)]
        case .account(let account):
            return account.owner.map { [.rep($0)] } ?? []
        }
    }

    var kind: ItemKind? { ItemKind(rawValue: namespace) }
}
