/// The sum of one number or currency custom field over a set of deals; currency values are
/// converted to the reporting currency.
public struct CustomFieldTotal: Sendable, Hashable {
    public var fieldID: String
    public var total: Double
    /// How many deals carry the field.
    public var dealCount: Int
}
