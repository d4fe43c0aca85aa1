/// One record turned into an item, before it is matched to the files already in `content/`.
public struct ImportedItem: Sendable, Equatable {
    public var kind: ImportItemKind
    /// The record's id in the source system; written as `crm_id` and used to find the item again.
    public var crmID: String
    /// The id for a new file, before collisions are resolved.
    public var preferredID: String
    /// Front matter the source system owns, in writing order. `title` is among them.
    public var fields: [(key: String, value: FrontMatterValue)]
    /// Every key the source system owns for this kind, including those empty in this record, so a
    /// value cleared in the CRM is also cleared in the file.
    public var ownedKeys: Set<String>
    /// Markdown body for a new file; an existing file keeps its own body.
    public var body: String
    /// The item's source position: the start of its record, or for a rep made from a deal's owner
    /// or a rep's manager, the start of that field. Messages about the whole item use it.
    public var location: SourceLocation
    /// The start of the source field for each front matter key that came from a CSV field.
    public var fieldLocations: [String: SourceLocation]

    public init(
        kind: ImportItemKind,
        crmID: String,
        preferredID: String,
        fields: [(key: String, value: FrontMatterValue)],
        ownedKeys: Set<String>,
        body: String = "",
        location: SourceLocation,
        fieldLocations: [String: SourceLocation] = [:]
    ) {
        self.kind = kind
        self.crmID = crmID
        self.preferredID = preferredID
        self.fields = fields
        self.ownedKeys = ownedKeys
        self.body = body
        self.location = location
        self.fieldLocations = fieldLocations
    }

    public static func == (lhs: ImportedItem, rhs: ImportedItem) -> Bool {
        lhs.kind == rhs.kind && lhs.crmID == rhs.crmID && lhs.preferredID == rhs.preferredID
            && lhs.fields.elementsEqual(rhs.fields) { $0.key == $1.key && $0.value == $1.value }
            && lhs.ownedKeys == rhs.ownedKeys && lhs.body == rhs.body && lhs.location == rhs.location
            && lhs.fieldLocations == rhs.fieldLocations
    }

    /// Returns the value of `key`, if the record has it.
    public func value(_ key: String) -> FrontMatterValue? {
        fields.first { $0.key == key }?.value
    }

    /// Returns where the value of `key` starts in the source, or the item's location when the
    /// value did not come from one field.
    public func location(of key: String) -> SourceLocation {
        fieldLocations[key] ?? location
    }
}
