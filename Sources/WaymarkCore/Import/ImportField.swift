/// A front matter field an import can fill, with how its CSV text is read.
public struct ImportField: Sendable, Hashable {
    /// The conversion a CSV value goes through to become a front matter value.
    public enum ValueType: Sendable, Hashable {
        /// The CRM record id, written as `crm_id`.
        case crmID
        case text
        /// A money amount; its currency fills `currency` unless a currency column does.
        case amount
        /// An ISO 4217 code.
        case currency
        case date
        /// A stage id, through the mapping's stage map.
        case stage
        /// A rep id, through the mapping's owner normalization.
        case rep
        /// `60`, `60%` or `0.6`, written as a number from 0 to 1.
        case probability
    }

    /// The front matter key, or `id` for the CRM record id.
    public var name: String
    public var type: ValueType
    public var required: Bool

    public init(_ name: String, _ type: ValueType, required: Bool = false) {
        self.name = name
        self.type = type
        self.required = required
    }

    /// Returns the fields an import may fill for `kind`, in the order they are written. The required
    /// flags follow the content format: a deal needs an account, an owner and a stage, and may leave
    /// out the amount while it is open and its value unknown.
    public static func fields(for kind: ImportItemKind) -> [ImportField] {
        switch kind {
        case .deal:
            [
                ImportField("id", .crmID, required: true), ImportField("title", .text),
                ImportField("account", .text, required: true), ImportField("owner", .rep, required: true),
                ImportField("stage", .stage, required: true), ImportField("amount", .amount),
                ImportField("currency", .currency), ImportField("probability", .probability),
                ImportField("opened", .date), ImportField("close", .date), ImportField("region", .text),
                ImportField("product", .text), ImportField("lost_reason", .text), ImportField("team", .text),
            ]
        case .rep:
            [
                ImportField("id", .crmID), ImportField("name", .text, required: true),
                ImportField("team", .text), ImportField("region", .text), ImportField("manager", .rep),
                ImportField("joined", .date),
            ]
        case .account:
            [
                ImportField("id", .crmID), ImportField("name", .text, required: true),
                ImportField("industry", .text), ImportField("region", .text), ImportField("owner", .rep),
            ]
        case .feature:
            [
                ImportField("id", .crmID, required: true), ImportField("title", .text, required: true),
                ImportField("status", .text), ImportField("team", .text), ImportField("product", .text),
                ImportField("start", .date), ImportField("end", .date), ImportField("released", .date),
            ]
        }
    }
}
