/// A customer account. Accounts named on deals and requests exist without a file; a file adds details.
public struct Account: Sendable, Hashable {
    public var header: ItemHeader?
    public var name: String
    public var industry: String?
    public var region: String?
    public var owner: String?
}
