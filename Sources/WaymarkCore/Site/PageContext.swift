/// Renders pages of one site (one audience in one language) through the theme's layout.
struct PageContext: Sendable {
    let roadmap: Roadmap
    let theme: Theme
    let language: Language
    let audience: Audience
    let today: CalendarDay
    /// The folder of this language's site relative to the audience's output: "" or "en/".
    let languageFolder: String

    var config: SiteConfig { roadmap.config }

    /// The `t` table the templates read their words from, built once per language.
    var strings: TemplateValue {
        language == .zhCN ? PageContext.chineseStrings : PageContext.englishStrings
    }

    private static let chineseStrings = stringTable(.zhCN)
    private static let englishStrings = stringTable(.en)

    private static func stringTable(_ language: Language) -> TemplateValue {
        var table: [String: TemplateValue] = [:]
        for (key, text) in PageStrings.table { table[key] = .string(text.text(language)) }
        return .object(table)
    }

    /// `../` repeated once per folder of `path`, so links work from any host path and from disk.
    static func root(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    struct NavigationLink {
        /// The group a link is shown in, so the internal site's many pages stay readable.
        enum Section: String, CaseIterable {
            case roadmap
            case sales
            case views
        }

        var key: String
        var path: String
        /// The label per language when it is not a `PageStrings` key, as for a configured view.
        var titles: [Language: String]? = nil
        var section: Section = .roadmap
    }

    var navigation: [NavigationLink] {
        var links = [
            NavigationLink(key: "timeline", path: "index.html"),
            NavigationLink(key: "board", path: "board.html"),
            NavigationLink(key: "boardByStatus", path: "status.html"),
            NavigationLink(key: "portfolio", path: "portfolio.html"),
        ]
        if audience == .public {
            links.append(NavigationLink(key: "whatsNew", path: "whats-new.html"))
        }
        if audience == .internal {
            let sales = [
                ("dealTimeline", "deals.html"), ("pipeline", "pipeline.html"), ("reps", "reps.html"),
                ("accounts", "accounts.html"), ("demand", "demand.html"), ("slips", "slips.html"),
            ]
            for (key, path) in sales {
                links.append(NavigationLink(key: key, path: path, section: .sales))
            }
        }
        for view in ViewPages.views(config, audience: audience) {
            links.append(NavigationLink(key: "view." + view.id, path: ViewPages.path(view), titles: view.titles, section: .views))
        }
        return links
    }

    func date(_ date: RoadmapDate?) -> String? {
        date?.formatted(language, fiscalYearStart: config.fiscalYearStart)
    }

    /// "Q1 2027 – Q2 2027", or one date when both ends are the same.
    func span(_ start: RoadmapDate?, _ end: RoadmapDate?) -> String? {
        switch (date(start), date(end)) {
        case let (from?, to?): return from == to ? from : from + " – " + to
        case let (from?, nil): return from
        case let (nil, to?): return to
        case (nil, nil): return nil
        }
    }

    func disclaimer() -> String? {
        guard audience == .public else { return nil }
        if let configured = config.disclaimer[language], !configured.isEmpty { return configured }
        return PageStrings.text("disclaimerDefault", language)
    }

    /// Wraps `body` in the layout and returns the finished page.
    func page(path: String, title: String, navigationKey: String?, body: String, jsonPath: String?, script: Bool = false) -> OutputFile {
        let root = PageContext.root(of: path)
        let links = navigation
        let nav: [TemplateValue] = links.map { link in
            .object([
                "label": .string(link.titles?[language] ?? PageStrings.text(link.key, language)),
                "url": .string(root + link.path),
                "current": .bool(link.key == navigationKey),
            ])
        }
        var navSections: [TemplateValue] = []
        for section in NavigationLink.Section.allCases {
            let members = zip(links, nav).filter { $0.0.section == section }.map(\.1)
            guard !members.isEmpty else { continue }
            navSections.append(.object([
                "label": .string(PageStrings.text("nav." + section.rawValue, language)),
                "links": .list(members),
            ]))
        }
        var languages: [TemplateValue] = []
        if config.languages.count > 1 {
            let siteRoot = root + (languageFolder.isEmpty ? "" : "../")
            for other in config.languages {
                let folder = other == config.languages[0] ? "" : other.rawValue + "/"
                languages.append(.object([
                    "code": .string(other.rawValue),
                    "label": .string(other == .zhCN ? "中文" : "English"),
                    "url": .string(siteRoot + folder + path),
                    "current": .bool(other == language),
                ]))
            }
        }
        let context: TemplateValue = .object([
            "lang": .string(language.rawValue),
            "audience": .string(audience.rawValue),
            "isInternal": .bool(audience == .internal),
            "site": .object(["title": .string(audience == .public ? glossaryTitle : config.title)]),
            "page": .object([
                "title": .string(title),
                "json": jsonPath.map { .string(String($0.split(separator: "/").last ?? "")) } ?? .null,
            ]),
            "root": .string(root),
            "nav": .list(nav),
            "navSections": .list(navSections),
            "hasLanguages": .bool(!languages.isEmpty),
            "languages": .list(languages),
            "disclaimer": disclaimer().map(TemplateValue.string) ?? .null,
            "t": strings,
            "body": .string(body),
            "script": .bool(script),
        ])
        return OutputFile(path: languageFolder + path, text: theme.render("layout", context))
    }

    private var glossaryTitle: String { Glossary(config.glossary).apply(toText: config.title) }

    /// Builds the part of a body template's context that every page shares.
    func bodyContext(path: String, title: String, _ values: [String: TemplateValue]) -> TemplateValue {
        var object = values
        object["t"] = strings
        object["root"] = .string(PageContext.root(of: path))
        object["isInternal"] = .bool(audience == .internal)
        object["page"] = .object(["title": .string(title)])
        return .object(object)
    }
}

/// One file of the output, by path relative to the audience's folder: rendered bytes, or a media
/// file to copy from the content as it is, so media is never read into memory while rendering.
struct OutputFile: Sendable {
    enum Content: Sendable {
        case bytes([UInt8])
        /// A path relative to the site folder.
        case copy(source: String)
    }

    var path: String
    var content: Content

    init(path: String, text: String) {
        self.path = path
        self.content = .bytes(Array(text.utf8))
    }

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.content = .bytes(bytes)
    }

    init(path: String, copying source: String) {
        self.path = path
        self.content = .copy(source: source)
    }
}
