import Foundation

/// The build of `waymark serve`: the same steps as `SiteBuilder.build`, but it keeps the decoded
/// items, the theme, the git history and the written output between runs. A rebuild re-reads and
/// decodes only the item files whose stamp changed, and writes only the output files whose bytes
/// changed. Every page is still rendered, and the leak guard rescans every public file only when
/// the set of internal values changed.
///
/// NOTE: rendering still covers every page, so a one-item rebuild costs a full render; see
/// BENCHMARKS.md for the measured time.
struct IncrementalBuilder: Sendable {
    let options: SiteBuilder.Options
    /// Item files read and decoded since this builder was made, for tests and the benchmark.
    private(set) var decodeCount = 0
    /// Output files written by the latest build.
    private(set) var lastWrittenCount = 0

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

    init(options: SiteBuilder.Options) {
        self.options = options
    }

    mutating func build() -> SiteBuilder.Report {
        var report = SiteBuilder.Report(diagnostics: DiagnosticList())
        let (roadmap, changedSources) = load(&report)
        report.diagnostics.append(contentsOf: SiteBuilder.validateOutputFolders(options))
        report.diagnostics.append(contentsOf: CurrencyConversion.validate(roadmap))
        guard !report.diagnostics.hasErrors, let theme = theme?.theme else { return report }

        refreshHistory()
        report.diagnostics.append(contentsOf: HistoryDiagnostics.warnings(history))
        var outputs: [Audience: [OutputFile]] = [:]
        for audience in Audience.allCases where options.audiences.contains(audience) {
            outputs[audience] = SiteBuilder.render(roadmap, theme: theme, audience: audience, today: options.today, history: history)
        }
        if let publicFiles = outputs[.public] { guardPublic(publicFiles, roadmap: roadmap, report: &report) }
        guard !report.diagnostics.hasErrors, options.write else { return report }
        write(outputs, changedSources: changedSources, report: &report)
        return report
    }

    /// Reloads what changed: `roadmap.yml` (which drops every decoded item, because the decoder
    /// depends on it), the changed item files and the theme. Returns the roadmap and the
    /// site-relative paths of the changed content files.
    private mutating func load(_ report: inout SiteBuilder.Report) -> (Roadmap, Set<String>) {
        let configURL = options.site.appendingPathComponent(ConfigDecoder.fileName)
        let text = FileManager.default.contents(atPath: configURL.path)
        if text != configText {
            configText = text
            items = [:]
            contentStamps = SourceStamps()
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
        for path in paths {
            guard let outcome = items[path] else { continue }
            if let item = outcome.item { decoded.append(item) }
            report.diagnostics.append(contentsOf: outcome.diagnostics)
        }
        let roadmap = Roadmap(config: configResult.config, items: decoded)
        report.diagnostics.append(contentsOf: ReferenceResolver.check(roadmap, allItems: decoded))
        report.itemCount = paths.count
        loadTheme(&report)
        return (roadmap, Set(changed.map { "content/" + $0 }))
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
        for leak in report.leaks {
            report.diagnostics.append(SiteBuilder.leakDiagnostic(leak, publicFolder: options.publicOutput, site: options.site))
        }
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
