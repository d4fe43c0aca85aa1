/// Where an item came from: its file relative to the site and the location of each field,
/// so that later stages can point a diagnostic at the exact line.
public struct ItemSource: Sendable, Hashable {
    public var file: String
    public var fieldLocations: [String: SourceLocation]
    /// The folder holding the item's media when the item is a folder with `index.md`.
    public var bundleFolder: String?
    /// Media files beside `index.md`, relative to `bundleFolder`, sorted.
    public var bundleFiles: [String]

    public init(file: String, fieldLocations: [String: SourceLocation] = [:], bundleFolder: String? = nil, bundleFiles: [String] = []) {
        self.file = file
        self.fieldLocations = fieldLocations
        self.bundleFolder = bundleFolder
        self.bundleFiles = bundleFiles
    }

    /// The location of a field, or the top of the file when the field is absent.
    public func location(of field: String) -> SourceLocation {
        fieldLocations[field] ?? SourceLocation(file: file, line: 1, column: 1)
    }
}

/// Fields every kind shares.
public struct ItemHeader: Sendable, Hashable {
    public var id: String
    public var kind: ItemKind
    public var title: String
    public var tags: [String]
    public var team: String?
    /// The description rendered to HTML, without the internal notes.
    public var descriptionHTML: String
    /// Plain text of the description, for search, summaries and the leak guard.
    public var descriptionText: String
    /// Internal notes: the Markdown after the `<!-- internal -->` line, rendered to HTML.
    public var notesHTML: String
    public var notesText: String
    public var customFields: [String: CustomFieldValue]
    public var source: ItemSource

    public init(
        id: String, kind: ItemKind, title: String, tags: [String] = [], team: String? = nil,
        descriptionHTML: String = "", descriptionText: String = "", notesHTML: String = "", notesText: String = "",
        customFields: [String: CustomFieldValue] = [:], source: ItemSource
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.tags = tags
        self.team = team
        self.descriptionHTML = descriptionHTML
        self.descriptionText = descriptionText
        self.notesHTML = notesHTML
        self.notesText = notesText
        self.customFields = customFields
        self.source = source
    }
}
