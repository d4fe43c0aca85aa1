/// The kinds of roadmap item. Every kind but `feature` and `goal` is internal by nature.
public enum ItemKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case feature
    case request
    case deal
    case rep
    case plan
    case goal
    case account

    /// The folder name under `content/` that gives an item this kind when it has no `kind` field.
    public var folderName: String { rawValue + "s" }

    public init?(folderName: String) {
        guard let kind = ItemKind.allCases.first(where: { $0.folderName == folderName }) else { return nil }
        self = kind
    }

    public static func < (lhs: ItemKind, rhs: ItemKind) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
