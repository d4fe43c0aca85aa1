import Foundation

/// Reads a site folder: `roadmap.yml`, then every Markdown file under `content/`, into a `Roadmap`.
/// Files are read and decoded in parallel; results are put back in path order, so the outcome
/// does not depend on scheduling.
public enum SiteLoader {
    public struct Result: Sendable {
        public var roadmap: Roadmap
        public var diagnostics: DiagnosticList
        public var fileCount: Int
    }

    public static func load(site: URL) -> Result {
        var diagnostics = DiagnosticList()
        let configResult = loadConfig(site: site)
        diagnostics.append(contentsOf: configResult.diagnostics)
        let config = configResult.config

        let contentFolder = site.appendingPathComponent("content")
        let paths = markdownFiles(in: contentFolder)
        let decoder = ItemDecoder(config: config)
        let outcomes = ParallelMap.map(paths) { relativePath in
            decodeFile(contentFolder: contentFolder, relativePath: relativePath, decoder: decoder)
        }
        var items: [RoadmapItem] = []
        var brokenIDs = Set<String>()
        for (path, (item, itemDiagnostics)) in zip(paths, outcomes) {
            if let item {
                items.append(item)
            } else {
                brokenIDs.insert(ReferenceResolver.defaultID(ofContentPath: path))
            }
            diagnostics.append(contentsOf: itemDiagnostics)
        }
        let roadmap = Roadmap(config: config, items: items)
        diagnostics.append(contentsOf: ReferenceResolver.check(roadmap, allItems: items, brokenIDs: brokenIDs))
        return Result(roadmap: roadmap, diagnostics: diagnostics, fileCount: paths.count)
    }

    /// Reads and decodes one item file; `relativePath` is relative to the content folder.
    static func decodeFile(contentFolder: URL, relativePath: String, decoder: ItemDecoder) -> (RoadmapItem?, [Diagnostic]) {
        let sitePath = "content/" + relativePath
        switch readSourceFile(contentFolder: contentFolder, relativePath: relativePath, sitePath: sitePath) {
        case .failure(let diagnostic):
            return (nil, [diagnostic])
        case .success(let file):
            let decoded = decoder.decode(file)
            return (decoded.item, decoded.diagnostics)
        }
    }

    static func loadConfig(site: URL) -> (config: SiteConfig, diagnostics: [Diagnostic]) {
        let url = site.appendingPathComponent(ConfigDecoder.fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return (SiteConfig(), []) }
        switch readText(url, sitePath: ConfigDecoder.fileName) {
        case .failure(let diagnostic): return (SiteConfig(), [diagnostic])
        case .success(let text): return ConfigDecoder.decode(yaml: text)
        }
    }

    /// Markdown files under `folder`, relative to it, sorted; hidden files and folders are skipped.
    static func markdownFiles(in folder: URL) -> [String] {
        files(in: folder).filter { $0.hasSuffix(".md") }
    }

    /// Regular files under `folder`, relative to it, sorted; hidden files and folders are skipped.
    static func files(in folder: URL) -> [String] {
        DirectoryWalker.regularFiles(under: folder.path).map(\.path)
    }

    static func readText(_ url: URL, sitePath: String) -> Swift.Result<String, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(Diagnostic(
                at: SourceLocation(file: sitePath, line: 1, column: 1),
                problem: LocalizedText(en: "the file cannot be read", zh: "无法读取文件"),
                hint: LocalizedText(en: "check that it exists and is readable", zh: "检查文件是否存在且可读")
            ))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column) = firstInvalidUTF8(data)
            return .failure(Diagnostic(
                at: SourceLocation(file: sitePath, line: line, column: column),
                problem: LocalizedText(en: "the file is not valid UTF-8", zh: "文件不是有效的 UTF-8 编码"),
                expected: LocalizedText(en: "UTF-8 text", zh: "UTF-8 文本"),
                hint: LocalizedText(en: "save the file as UTF-8 in your editor (e.g. convert from GB18030)", zh: "在编辑器中将文件另存为 UTF-8（例如从 GB18030 转换）")
            ))
        }
        return .success(text)
    }

    /// The line and column of the first byte that breaks UTF-8, for the error message.
    private static func firstInvalidUTF8(_ data: Data) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let valid = length > 0 && index + length <= bytes.count
                && bytes[(index + 1)..<(index + length)].allSatisfy { $0 & 0xC0 == 0x80 }
                && String(bytes: bytes[index..<(index + length)], encoding: .utf8) != nil
            if !valid {
                let prefix = String(decoding: bytes[lineStart..<index], as: UTF8.self)
                return (line, prefix.unicodeScalars.count + 1)
            }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return (line, 1)
    }

    static func readSourceFile(contentFolder: URL, relativePath: String, sitePath: String) -> Swift.Result<SourceFile, Diagnostic> {
        let url = contentFolder.appendingPathComponent(relativePath)
        let text: String
        switch readText(url, sitePath: sitePath) {
        case .failure(let diagnostic): return .failure(diagnostic)
        case .success(let value): text = value
        }
        let frontMatter: FrontMatter
        do {
            frontMatter = try FrontMatterScanner.scan(text)
        } catch {
            return .failure(error.diagnostic(file: sitePath))
        }
        let node: YAMLNode?
        do {
            node = try frontMatter.parseYAML()
        } catch {
            return .failure(error.diagnostic(file: sitePath, firstLine: frontMatter.yamlFirstLine))
        }
        var bundleFolder: String?
        var bundleFiles: [String] = []
        if url.lastPathComponent == "index.md" {
            let folder = url.deletingLastPathComponent()
            bundleFolder = String(sitePath.dropLast("index.md".count + 1))
            bundleFiles = bundleMedia(in: folder)
        }
        return .success(SourceFile(
            path: sitePath,
            frontMatter: node,
            frontMatterFirstLine: frontMatter.yamlFirstLine,
            body: frontMatter.body,
            bodyFirstLine: frontMatter.bodyFirstLine,
            bundleFolder: bundleFolder,
            bundleFiles: bundleFiles
        ))
    }

    /// Files beside an `index.md`, excluding Markdown and hidden files, sorted.
    private static func bundleMedia(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.filter { name in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }.sorted()
    }
}
