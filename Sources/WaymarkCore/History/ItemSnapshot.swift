import Foundation

/// The fields of one committed version of an item file that the history pages compare: the
/// dates, the status and the visibility. Fields that fail to parse are nil, because an old
/// version may predate today's rules.
struct ItemSnapshot: Sendable, Hashable {
    var kind: ItemKind
    var id: String
    var title: String
    var status: String?
    var isPublic: Bool
    var start: RoadmapDate?
    var end: RoadmapDate?
    var released: RoadmapDate?
    var close: RoadmapDate?

    /// Reads a version of the file at `sitePath` (`content/features/x.md`) through the same front
    /// matter scanner, YAML parser and date parser as the build. Returns nil when the version has
    /// no readable front matter or no kind.
    static func read(_ bytes: Data, sitePath: String) -> ItemSnapshot? {
        guard let text = String(data: bytes, encoding: .utf8),
              let frontMatter = try? FrontMatterScanner.scan(text),
              let node = try? frontMatter.parseYAML(),
              node.mapping != nil else { return nil }
        let file = SourceFile(path: sitePath, frontMatter: node, frontMatterFirstLine: 1, body: "", bodyFirstLine: 1)
        guard let kind = node["kind"]?.string.flatMap(ItemKind.init(rawValue:)) ?? file.kindFromFolder else { return nil }
        let id = node["id"]?.string ?? file.defaultID
        return ItemSnapshot(
            kind: kind,
            id: id,
            title: node["title"]?.string ?? id,
            status: node["status"]?.string,
            isPublic: node["visibility"]?.string == Feature.Visibility.public.rawValue,
            start: date(node["start"]),
            end: date(node["end"]),
            released: date(node["released"]),
            close: date(node["close"])
        )
    }

    private static func date(_ node: YAMLNode?) -> RoadmapDate? {
        guard let text = node?.string, !text.isEmpty else { return nil }
        return try? RoadmapDate(parsing: text)
    }
}
