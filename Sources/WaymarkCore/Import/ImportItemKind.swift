/// The item kinds an import can write, each in its own folder under `content/`.
public enum ImportItemKind: String, Sendable, CaseIterable {
    case deal
    case rep
    case account
    case feature

    /// The folder under `content/` that gives the kind without a `kind:` field.
    public var folder: String { rawValue + "s" }
}
