import Foundation

/// The build, step by step: load → validate → analyse → project per audience → render → guard → write.
public enum SiteBuilder {
    public struct Options: Sendable {
        public var site: URL
        /// The customer-facing site's folder (default `<site>/public`).
        public var publicOutput: URL
        /// The internal site's folder (default `<site>/internal`), never inside the public one.
        public var internalOutput: URL
        public var audiences: Set<Audience>
        public var today: CalendarDay
        /// When false, everything runs but nothing is written: `waymark check`.
        public var write: Bool

        public init(site: URL, publicOutput: URL? = nil, internalOutput: URL? = nil, audiences: Set<Audience> = Set(Audience.allCases), today: CalendarDay, write: Bool = true) {
            self.site = site
            self.publicOutput = publicOutput ?? site.appendingPathComponent("public")
            self.internalOutput = internalOutput ?? site.appendingPathComponent("internal")
            self.audiences = audiences
            self.today = today
            self.write = write
        }
    }

    public struct Report: Sendable {
        public var diagnostics: DiagnosticList
        public var itemCount: Int = 0
        /// Files written per audience.
        public var fileCounts: [Audience: Int] = [:]
        public var leaks: [LeakGuard.Leak] = []
        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    public static let stepNames = ["load", "validate", "analyse", "project", "render", "guard", "write"]

    /// Runs the build; `progress` receives each step's index (from 1) and name.
    public static func build(_ options: Options, progress: (Int, String) -> Void = { _, _ in }) -> Report {
        var report = Report(diagnostics: DiagnosticList())

        progress(1, "load")
        let loaded = SiteLoader.load(site: options.site)
        report.diagnostics = loaded.diagnostics
        report.itemCount = loaded.fileCount
        let themeResult = Theme.load(siteTemplates: options.site.appendingPathComponent("Templates"))
        report.diagnostics.append(contentsOf: themeResult.diagnostics)

        progress(2, "validate")
        report.diagnostics.append(contentsOf: validateOutputFolders(options))
        report.diagnostics.append(contentsOf: CurrencyConversion.validate(loaded.roadmap))
        guard !report.diagnostics.hasErrors else { return report }

        progress(3, "analyse")
        let roadmap = loaded.roadmap
        let history = ContentHistoryReader.read(site: options.site)
        report.diagnostics.append(contentsOf: HistoryDiagnostics.warnings(history))

        progress(4, "project")
        let publicFeatures = AudienceProjection(roadmap: roadmap, audience: .public).features()

        progress(5, "render")
        // Pages are guarded and written to the audience's staging folder one producer at a time,
        // so a whole site is never held in memory. Nothing replaces the previous output until
        // both audiences are staged and the leak guard has passed.
        var staged: [(audience: Audience, staging: OutputStaging, count: Int)] = []
        func discardStaged() {
            for entry in staged { entry.staging.discard() }
        }
        for audience in Audience.allCases where options.audiences.contains(audience) {
            let destination = audience == .public ? options.publicOutput : options.internalOutput
            let guardian = audience == .public
                ? LeakGuard(secrets: InternalValues.secrets(of: roadmap, publicFeatures: publicFeatures)) : nil
            var staging: OutputStaging?
            var leaks: [LeakGuard.Leak] = []
            var count = 0
            do {
                if options.write { staging = try OutputStaging(destination: destination) }
                try render(roadmap, theme: themeResult.theme, audience: audience, today: options.today, history: history) { files in
                    if let guardian { leaks += scan(files, with: guardian) }
                    if let staging { try write(files, into: staging, site: options.site) }
                    count += files.count
                }
            } catch {
                staging?.discard()
                report.diagnostics.append(writeFailure(destination, error))
                discardStaged()
                return report
            }
            if audience == .public {
                progress(6, "guard")
                report.leaks = leaks
                report.diagnostics.append(contentsOf: LeakReport.diagnostics(
                    leaks, roadmap: roadmap, publicFolder: options.publicOutput.lastPathComponent
                ))
                if report.diagnostics.hasErrors {
                    staging?.discard()
                    discardStaged()
                    return report
                }
            }
            if let staging { staged.append((audience, staging, count)) }
        }
        guard !report.diagnostics.hasErrors else {
            discardStaged()
            return report
        }

        progress(7, "write")
        guard options.write else { return report }
        for (index, entry) in staged.enumerated() {
            do {
                try entry.staging.commit()
                report.fileCounts[entry.audience] = entry.count
            } catch {
                let destination = entry.audience == .public ? options.publicOutput : options.internalOutput
                report.diagnostics.append(writeFailure(destination, error))
                for later in staged[(index + 1)...] { later.staging.discard() }
                return report
            }
        }
        return report
    }

    /// Renders the pages of one audience that `scope` includes, in every configured language; the
    /// first language at the top, the others under `<language>/`. Theme files and media copies
    /// depend on the theme and the shape of the roadmap only, so a partial scope leaves them out.
    static func render(
        _ roadmap: Roadmap, theme: Theme, audience: Audience, today: CalendarDay, history: ContentHistory, scope: RenderScope = .everything
    ) -> [OutputFile] {
        var files: [OutputFile] = []
        render(roadmap, theme: theme, audience: audience, today: today, history: history, scope: scope) { files += $0 }
        return files
    }

    /// Renders as `render` does, handing the pages to `emit` one producer at a time, so a caller
    /// that writes them at once never keeps a whole site in memory.
    static func render(
        _ roadmap: Roadmap, theme: Theme, audience: Audience, today: CalendarDay, history: ContentHistory,
        scope: RenderScope = .everything, emit: ([OutputFile]) throws -> Void
    ) rethrows {
        let features = AudienceProjection(roadmap: roadmap, audience: audience).features()
        for (index, language) in roadmap.config.languages.enumerated() {
            let context = PageContext(
                roadmap: roadmap, theme: theme, language: language, audience: audience, today: today,
                languageFolder: index == 0 ? "" : language.rawValue + "/"
            )
            try emit(FeaturePages(context: context, features: features).render(scope))
            try emit(PortfolioPages(context: context, features: features).render(scope))
            try emit(historyPages(context, history: history, features: features, scope: scope))
            if audience == .internal { try salesPages(context, scope: scope, emit: emit) }
            try emit(ViewPages(context: context, features: features).render(scope))
            guard scope.isEverything else { continue }
            var files: [OutputFile] = []
            for (path, bytes) in theme.assets.sorted(by: { $0.key < $1.key }) {
                files.append(OutputFile(path: context.languageFolder + path, bytes: bytes))
            }
            for feature in features {
                for media in feature.media {
                    guard let copy = media.copy else { continue }
                    files.append(OutputFile(path: context.languageFolder + copy.target, copying: copy.source))
                }
            }
            try emit(files)
        }
    }

    /// The public "what's new" page reads the public features' titles; the slip report reads the
    /// history only, and the set of ids that stays the same in a partial render.
    private static func historyPages(_ context: PageContext, history: ContentHistory, features: [FeatureView], scope: RenderScope) -> [OutputFile] {
        if context.audience == .public {
            guard scope.includes(kinds: [.feature]) else { return [] }
            return WhatsNewPage(context: context, history: history, features: features).render()
        }
        guard scope.isEverything else { return [] }
        return SlipsPage(context: context, history: history).render()
    }

    /// The internal pages about deals, reps, accounts and demand. A producer whose pages are all
    /// outside `scope` is not made, so its analysis is not computed either.
    private static func salesPages(_ context: PageContext, scope: RenderScope, emit: ([OutputFile]) throws -> Void) rethrows {
        try emit(DealPages(context: context).render(scope))
        if scope.includes(kinds: PipelinePage.kinds) { try emit(PipelinePage(context: context).render()) }
        try emit(RepPages(context: context).render(scope))
        try emit(AccountPages(context: context).render(scope))
        if scope.includes(kinds: DemandPages.kinds) { try emit(DemandPages(context: context).render()) }
    }

    static func scan(_ files: [OutputFile], with guardian: LeakGuard) -> [LeakGuard.Leak] {
        let found = ParallelMap.map(files) { file -> [LeakGuard.Leak] in
            guard case .bytes(let bytes) = file.content else { return [] }
            return guardian.scan(bytes).map { LeakGuard.Leak(file: file.path, secret: $0) }
        }
        return found.flatMap { $0 }
    }

    static func validateOutputFolders(_ options: Options) -> [Diagnostic] {
        let publicPath = options.publicOutput.standardizedFileURL.path
        let internalPath = options.internalOutput.standardizedFileURL.path
        var diagnostics: [Diagnostic] = []
        for (audience, path) in [(Audience.public, publicPath), (.internal, internalPath)] where options.audiences.contains(audience) {
            if let problem = OutputFolderCheck.problem(output: path, site: options.site.standardizedFileURL.path) {
                diagnostics.append(problem)
            }
        }
        guard internalPath == publicPath || internalPath.hasPrefix(publicPath + "/") || publicPath.hasPrefix(internalPath + "/") else {
            return diagnostics
        }
        return diagnostics + [Diagnostic(
            at: nil,
            problem: LocalizedText(
                en: "the internal output \(internalPath) overlaps the public output \(publicPath)",
                zh: "内部站点输出 \(internalPath) 与公开站点输出 \(publicPath) 重叠"
            ),
            hint: LocalizedText(
                en: "use two separate folders, so publishing the public folder can never publish internal pages",
                zh: "请使用两个独立的文件夹，确保发布公开文件夹时不会带出内部页面"
            )
        )]
    }

    private static func writeFailure(_ destination: URL, _ error: Error) -> Diagnostic {
        Diagnostic(
            at: nil,
            problem: LocalizedText(
                en: "writing \(destination.path) failed: \(error)",
                zh: "写入 \(destination.path) 失败：\(error)"
            ),
            hint: LocalizedText(en: "check the folder's permissions and free disk space", zh: "检查文件夹权限和磁盘空间")
        )
    }

    /// Writes `files` into the staging folder, on all cores once their folders exist.
    private static func write(_ files: [OutputFile], into staging: OutputStaging, site: URL) throws {
        try staging.createFolders(for: files.map(\.path))
        let failures = ParallelMap.map(files) { file -> String? in
            do {
                switch file.content {
                case .bytes(let bytes): try staging.write(bytes, to: file.path)
                case .copy(let source): try staging.copy(from: site.appendingPathComponent(source), to: file.path)
                }
                return nil
            } catch {
                return "\(error)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw OutputError.staging(failure) }
    }
}
