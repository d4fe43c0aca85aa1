/// A custom field declared under `custom_fields:` in `roadmap.yml`: its type, labels, who may
/// see it, and which kinds of item may carry it.
public struct CustomFieldDefinition: Sendable, Hashable {
    public enum FieldType: String, Sendable, Hashable, CaseIterable {
        case text
        case number
        /// An amount with a currency code, e.g. `120000 USD`; a bare number is in the reporting currency.
        case currency
        case date
        /// One value from `options`.
        case list
        /// Any number of values from `options`.
        case multiList = "multi-list"
        /// A rep id.
        case person
    }

    public var id: String
    public var type: FieldType
    public var labels: [Language: String]
    /// Internal unless declared `public`; an internal field never reaches the public site.
    public var visibility: Feature.Visibility
    /// The allowed values of a list or multi-list field.
    public var options: [String]
    /// The kinds that may carry the field; empty means every kind.
    public var kinds: [ItemKind]

    public var isPublic: Bool { visibility == .public }
    public var isNumeric: Bool { type == .number || type == .currency }

    public func label(_ language: Language) -> String { labels[language] ?? id }

    public func applies(to kind: ItemKind) -> Bool { kinds.isEmpty || kinds.contains(kind) }
}
