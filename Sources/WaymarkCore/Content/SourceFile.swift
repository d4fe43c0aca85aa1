/// One item file split into front matter and body, before its fields are decoded.
public struct SourceFile: Sendable {
    /// Path relative to the site folder, with `/` separators, as diagnostics print it.
    public var path: String
    public var frontMatter: YAMLNode?
    /// File line of the YAML text's first line.
    public var frontMatterFirstLine: Int
    public var body: String
    public var bodyFirstLine: Int
    /// For an `index.md` bundle: the folder relative to the site and the other files in it.
    public var bundleFolder: String?
    public var bundleFiles: [String]

    public init(
        path: String, frontMatter: YAMLNode?, frontMatterFirstLine: Int, body: String, bodyFirstLine: Int,
        bundleFolder: String? = nil, bundleFiles: [String] = []
    ) {
        self.path = path
        self.frontMatter = frontMatter
        self.frontMatterFirstLine = frontMatterFirstLine
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.bundleFolder = bundleFolder
        self.bundleFiles = bundleFiles
    }

    /// The kind given by the nearest enclosing folder named after a kind (`features/`, `deals/` …).
    public var kindFromFolder: ItemKind? {
        let folders = path.split(separator: "/").dropLast()
        for folder in folders.reversed() {
            if let kind = ItemKind(folderName: String(folder)) { return kind }
        }
        return nil
    }

    /// The default id: the file name without `.md`, or the folder name of an `index.md`.
    public var defaultID: String {
        let parts = path.split(separator: "/")
        guard let last = parts.last else { return "" }
        if last == "index.md", parts.count >= 2 { return String(parts[parts.count - 2]) }
        return last.hasSuffix(".md") ? String(last.dropLast(3)) : String(last)
    }
}
