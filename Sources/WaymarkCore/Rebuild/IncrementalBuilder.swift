import Foundation

/// The build of `waymark serve`: the same steps as `SiteBuilder.build`, but it keeps the decoded
/// items, the theme, the git history, the rendered pages and the written output between runs. A
/// rebuild re-reads and decodes only the item files whose stamp changed, renders only the pages
/// that read a changed item (see `RenderScope`), and writes only the output files whose bytes
/// changed. A change of `roadmap.yml`, the templates, the git history or the shape of the
/// roadmap (see `RoadmapShape`) renders every page. The leak guard rescans every public file
/// only when the set of internal values changed.
struct IncrementalBuilder: Sendable {
    let options: SiteBuilder.Options
    /// Item files read and decoded since this builder was made, for tests and the benchmark.
    private(set) var decodeCount = 0
    /// Output files written by the latest build.
    private(set) var lastWrittenCount = 0
    /// Output files rendered by the latest build over both audiences: pages, JSON files and, in a
    /// full render, theme files and media copies. Files kept from the previous render are not counted.
    private(set) var lastRenderedPageCount = 0

    private var configText: Data?
    private var contentStamps = SourceStamps()
    private var items: [String: (item: RoadmapItem?, diagnostics: [Diagnostic])] = [:]
    private var templateStamps: SourceStamps?
    private var theme: (theme: Theme, diagnostics: [Diagnostic])?
    private var historyKey: String?
    private var history = ContentHistory.unavailable(.notARepository)
    private var secrets: [LeakGuard.Secret] = []
    private var guardedPublic: [String: [UInt8]] = [:]
    private var mirrors: [Audience: OutputMirror] = [:]
    /// The latest render; nil after a change that needs a full render.
    private var rendered: RenderedSite?

    init(options: SiteBuilder.Options) {
        self.options = options
    }

    mutating func build() -> SiteBuilder.Report {
        var report = SiteBuilder.Report(diagnostics: DiagnosticList())
        let (roadmap, items, changedSources) = load(&report)
        report.diagnostics.append(contentsOf: SiteBuilder.validateOutputFolders(options))
        report.diagnostics.append(contentsOf: CurrencyConversion.validate(roadmap))
        guard !report.diagnostics.hasErrors, let theme = theme?.theme else { return report }

        refreshHistory()
        report.diagnostics.append(contentsOf: HistoryDiagnostics.warnings(history))
        let outputs = render(roadmap, items: items, theme: theme)
        if let publicFiles = outputs[.public] { guardPublic(publicFiles, roadmap: roadmap, report: &report) }
        guard !report.diagnostics.hasErrors, options.write else { return report }
        write(outputs, changedSources: changedSources, report: &report)
        return report
    }

    /// Renders the pages the changes since the latest render touched and takes the other files
    /// from that render, or renders everything when there is no usable previous render.
    private mutating func render(_ roadmap: Roadmap, items: [RoadmapItem], theme: Theme) -> [Audience: [OutputFile]] {
        let scope = rendered?.scope(for: items, roadmap: roadmap) ?? .everything
        var outputs: [Audience: [OutputFile]] = [:]
        lastRenderedPageCount = 0
        for audience in Audience.allCases where options.audiences.contains(audience) {
            var files = SiteBuilder.render(roadmap, theme: theme, audience: audience, today: options.today, history: history, scope: scope)
            if !scope.isEverything {
                if let merged = rendered?.merging(files, audience: audience) {
                    lastRenderedPageCount += files.count
                    outputs[audience] = merged
                    continue
                }
                // A page outside the previous render means the shape check missed a change.
                files = SiteBuilder.render(roadmap, theme: theme, audience: audience, today: options.today, history: history)
            }
            lastRenderedPageCount += files.count
            outputs[audience] = files
        }
        rendered = RenderedSite(items: items, roadmap: roadmap, outputs: outputs)
        return outputs
    }

    /// Reloads what changed: `roadmap.yml` (which drops every decoded item, because the decoder
    /// depends on it, and the previous render), the changed item files and the theme. Returns
    /// the roadmap, its items and the site-relative paths of the changed content files.
    private mutating func load(_ report: inout SiteBuilder.Report) -> (Roadmap, [RoadmapItem], Set<String>) {
        let configURL = options.site.appendingPathComponent(ConfigDecoder.fileName)
        let text = FileManager.default.contents(atPath: configURL.path)
        if text != configText {
            configText = text
            items = [:]
            contentStamps = SourceStamps()
            rendered = nil
        }
        let configResult = SiteLoader.loadConfig(site: options.site)
        report.diagnostics.append(contentsOf: configResult.diagnostics)

        let contentFolder = options.site.appendingPathComponent("content")
        let stamps = SourceStamps.scan(contentFolder)
        let changed = stamps.changedPaths(since: contentStamps)
        contentStamps = stamps
        decode(changed, stamps: stamps, contentFolder: contentFolder, config: configResult.config)

        let paths = items.keys.sorted()
        var decoded: [RoadmapItem] = []
        var brokenIDs = Set<String>()
        for path in paths {
            guard let outcome = items[path] else { continue }
            if let item = outcome.item {
                decoded.append(item)
            } else {
                brokenIDs.insert(ReferenceResolver.defaultID(ofContentPath: path))
            }
            report.diagnostics.append(contentsOf: outcome.diagnostics)
        }
        let roadmap = Roadmap(config: configResult.config, items: decoded)
        report.diagnostics.append(contentsOf: ReferenceResolver.check(roadmap, allItems: decoded, brokenIDs: brokenIDs))
        report.itemCount = paths.count
        loadTheme(&report)
        return (roadmap, decoded, Set(changed.map { "content/" + $0 }))
    }

    /// Decodes the changed Markdown files, and each `index.md` whose folder gained, lost or
    /// changed a media file, because its media list comes from that folder.
    private mutating func decode(_ changed: Set<String>, stamps: SourceStamps, contentFolder: URL, config: SiteConfig) {
        var targets = Set<String>()
        for path in changed {
            if path.hasSuffix(".md") {
                targets.insert(path)
            } else {
                let folder = path.split(separator: "/").dropLast().joined(separator: "/")
                targets.insert(folder.isEmpty ? "index.md" : folder + "/index.md")
            }
        }
        let present = targets.filter { stamps.files[$0] != nil }.sorted()
        for path in targets where stamps.files[path] == nil { items[path] = nil }
        let decoder = ItemDecoder(config: config)
        let outcomes = ParallelMap.map(present) { path in
            SiteLoader.decodeFile(contentFolder: contentFolder, relativePath: path, decoder: decoder)
        }
        for (path, outcome) in zip(present, outcomes) { items[path] = outcome }
        decodeCount += present.count
    }

    private mutating func loadTheme(_ report: inout SiteBuilder.Report) {
        let folder = options.site.appendingPathComponent("Templates")
        let stamps = SourceStamps.scan(folder)
        if theme == nil || stamps != templateStamps {
            theme = Theme.load(siteTemplates: folder)
            templateStamps = stamps
            rendered = nil
        }
        report.diagnostics.append(contentsOf: theme?.diagnostics ?? [])
    }

    /// Rereads the git history only when `HEAD` names another commit.
    private mutating func refreshHistory() {
        let key = GitCommand.locate().flatMap { git in
            try? git.run(["-C", options.site.standardizedFileURL.path, "rev-parse", "HEAD"])
        }.map { String($0.status) + String(decoding: $0.standardOutput, as: UTF8.self) } ?? "no git"
        guard key != historyKey else { return }
        historyKey = key
        history = ContentHistoryReader.read(site: options.site)
        rendered = nil
    }

    /// Runs the leak guard over the public files whose bytes changed, or over all of them when
    /// the internal values changed, so a new secret is looked for everywhere.
    private mutating func guardPublic(_ files: [OutputFile], roadmap: Roadmap, report: inout SiteBuilder.Report) {
        let publicFeatures = AudienceProjection(roadmap: roadmap, audience: .public).features()
        let current = InternalValues.secrets(of: roadmap, publicFeatures: publicFeatures)
        let rescanAll = current != secrets
        var toScan: [OutputFile] = []
        var scanned: [String: [UInt8]] = [:]
        for file in files {
            guard case .bytes(let bytes) = file.content else { continue }
            scanned[file.path] = bytes
            if rescanAll || guardedPublic[file.path] != bytes { toScan.append(file) }
        }
        report.leaks = SiteBuilder.scan(toScan, with: LeakGuard(secrets: current))
        report.diagnostics.append(contentsOf: LeakReport.diagnostics(
            report.leaks, roadmap: roadmap, publicFolder: options.publicOutput.lastPathComponent
        ))
        // Only a clean result is remembered, so a leaking file is scanned again next time.
        if report.leaks.isEmpty {
            secrets = current
            guardedPublic = scanned
        }
    }

    private mutating func write(_ outputs: [Audience: [OutputFile]], changedSources: Set<String>, report: inout SiteBuilder.Report) {
        lastWrittenCount = 0
        for audience in Audience.allCases {
            guard let files = outputs[audience] else { continue }
            let destination = audience == .public ? options.publicOutput : options.internalOutput
            var mirror = mirrors[audience] ?? OutputMirror(destination: destination)
            do {
                lastWrittenCount += try mirror.write(files, site: options.site, changedSources: changedSources)
                report.fileCounts[audience] = files.count
            } catch {
                report.diagnostics.append(Diagnostic(
                    at: nil,
                    problem: LocalizedText(en: "writing \(destination.path) failed: \(error)", zh: "写入 \(destination.path) 失败：\(error)"),
                    hint: LocalizedText(en: "check the folder's permissions and free disk space", zh: "检查文件夹权限和磁盘空间")
                ))
            }
            mirrors[audience] = mirror
        }
    }
}
