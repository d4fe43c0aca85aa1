/// The pages a render produces: every page, or after an edit only the pages that read what the
/// edit touched. A page declares what it reads as item keys (its own item and the items it
/// shows) and as whole kinds (a list, a timeline or a figure over every item of a kind).
struct RenderScope: Sendable {
    /// Keys of the edited items and of the items they refer to; nil renders every page.
    private let touchedKeys: Set<ItemKey>?
    private let changedKinds: Set<ItemKind>

    static let everything = RenderScope(touchedKeys: nil, changedKinds: [])

    /// A scope for an edit of `changed` items, given as their versions before and after the edit.
    init(changed: [(before: RoadmapItem, after: RoadmapItem)]) {
        var keys = Set<ItemKey>()
        var kinds = Set<ItemKind>()
        for (before, after) in changed {
            for version in [before, after] {
                keys.insert(ItemKey(version))
                keys.formUnion(ItemKey.references(of: version))
                if let kind = ItemKey(version).kind { kinds.insert(kind) }
            }
        }
        self.init(touchedKeys: keys, changedKinds: kinds)
    }

    private init(touchedKeys: Set<ItemKey>?, changedKinds: Set<ItemKind>) {
        self.touchedKeys = touchedKeys
        self.changedKinds = changedKinds
    }

    var isEverything: Bool { touchedKeys == nil }

    /// Returns whether a page that reads every item of `kinds` is rendered.
    func includes(kinds: Set<ItemKind>) -> Bool {
        touchedKeys == nil || !kinds.isDisjoint(with: changedKinds)
    }

    /// Returns whether a page that reads the items `keys` and every item of `kinds` is rendered.
    func includes(keys: some Sequence<ItemKey>, kinds: Set<ItemKind> = []) -> Bool {
        guard let touchedKeys else { return true }
        if !kinds.isDisjoint(with: changedKinds) { return true }
        return keys.contains(where: touchedKeys.contains)
    }
}
