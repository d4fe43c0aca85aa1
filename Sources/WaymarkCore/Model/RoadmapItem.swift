/// One decoded item of any kind.
public enum RoadmapItem: Sendable, Hashable {
    case feature(Feature)
    case request(Request)
    case deal(Deal)
    case rep(Rep)
    case plan(Plan)
    case goal(Goal)
    case account(Account)

    public var header: ItemHeader? {
        switch self {
        case .feature(let item): return item.header
        case .request(let item): return item.header
        case .deal(let item): return item.header
        case .rep(let item): return item.header
        case .plan(let item): return item.header
        case .goal(let item): return item.header
        case .account(let item): return item.header
        }
    }
}
