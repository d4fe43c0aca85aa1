/// The items and the rendered files of the latest render of `waymark serve`, so that the next
/// render after an edit renders only the pages the edit touches and keeps the other files.
struct RenderedSite: Sendable {
    private let items: [ItemKey: RoadmapItem]
    private let shape: RoadmapShape
    /// Every file per audience, in the order of a full render.
    private let outputs: [Audience: [OutputFile]]
    private let positions: [Audience: [String: Int]]

    init(items: [RoadmapItem], roadmap: Roadmap, outputs: [Audience: [OutputFile]]) {
        self.items = Dictionary(items.map { (ItemKey($0), $0) }, uniquingKeysWith: { first, _ in first })
        self.shape = RoadmapShape(roadmap, items: items)
        self.outputs = outputs
        self.positions = outputs.mapValues { files in
            Dictionary(files.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Returns the scope that renders what changed from these items to `current`. Returns nil
    /// when only a full render is correct, because an item was added, removed or renamed, two
    /// items share a key, or the set of output paths may have changed.
    func scope(for current: [RoadmapItem], roadmap: Roadmap) -> RenderScope? {
        guard current.count == items.count, RoadmapShape(roadmap, items: current) == shape else { return nil }
        var changed: [(before: RoadmapItem, after: RoadmapItem)] = []
        var seen = Set<ItemKey>()
        for item in current {
            let key = ItemKey(item)
            guard seen.insert(key).inserted, let before = items[key] else { return nil }
            if before != item { changed.append((before, item)) }
        }
        return RenderScope(changed: changed)
    }

    /// Returns the audience's files with the pages of `partial` in place of the previous ones, or
    /// nil when `partial` contains a path the previous render did not write.
    func merging(_ partial: [OutputFile], audience: Audience) -> [OutputFile]? {
        guard var files = outputs[audience], let index = positions[audience] else { return nil }
        for file in partial {
            guard let position = index[file.path] else { return nil }
            files[position] = file
        }
        return files
    }
}
