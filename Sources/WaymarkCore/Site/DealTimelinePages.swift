/// The deal timelines of the internal site: `deals.html` with the largest open deals, and one page
/// per owner (`owners/<rep-id>.html`) and per region (`regions/<slug>.html`) with theirs. Each draws
/// open deals only and counts the won and lost ones in a table below the drawing.
struct DealTimelinePages {
    let context: PageContext

    private var roadmap: Roadmap { context.roadmap }
    private var language: Language { context.language }
    private var access: ItemFieldAccess { ItemFieldAccess(roadmap: roadmap, language: language) }

    /// The selection of every deal timeline page: open deals, largest amounts first, cut to the
    /// configured limit.
    private var selectionView: ViewConfig {
        ViewConfig(
            id: "deals", titles: [:], kind: .deal, filter: ["state": ["open"]], groupBy: "owner", colorBy: "stage",
            sort: ViewConfig.Sort(key: .amount, descending: true), limit: roadmap.config.dealTimelineLimit, audience: .internal
        )
    }

    /// Renders the pages in `scope`. Every page shows owners by name, so a rep edit renders all
    /// of them; an owner's or a region's page reads only the deals of that owner or region, and
    /// every deal edit touches the keys of its owner and region before and after the edit.
    func render(_ scope: RenderScope = .everything) -> [OutputFile] {
        var files: [OutputFile] = []
        if scope.includes(kinds: [.deal, .rep]) {
            files.append(page(Page(
                path: "deals.html", title: PageStrings.text("dealTimeline", language), navigationKey: "dealTimeline",
                deals: roadmap.deals, groupFields: ["owner", "stage", "region"], listsSegments: true
            )))
        }
        for (owner, file) in Self.ownerFiles(roadmap) where scope.includes(keys: [.rep(owner)], kinds: [.rep]) {
            let title = AnalysisText.format("ownerDeals", language, roadmap.repName(owner))
            let deals = roadmap.deals.filter { $0.owner == owner }
            files.append(page(Page(path: "owners/\(file).html", title: title, deals: deals, groupFields: ["stage", "region"])))
        }
        for (region, file) in Self.regionFiles(roadmap) where scope.includes(keys: [.region(region)], kinds: [.rep]) {
            let title = AnalysisText.format("regionDeals", language, region)
            let deals = roadmap.deals.filter { $0.region == region }
            files.append(page(Page(path: "regions/\(file).html", title: title, deals: deals, groupFields: ["owner", "stage"])))
        }
        return files
    }

    /// The counts of `deals.json`: every deal by state and how many `deals.html` draws.
    func summaryJSON() -> TemplateValue {
        let drawn = selection.deals(roadmap.deals)
        return DealOutcomeSummary(all: roadmap.deals, drawn: drawn, measures: selection.measures).json(currency: roadmap.config.currency)
    }

    /// Each owner of a deal with the file name of their page, sorted by owner.
    static func ownerFiles(_ roadmap: Roadmap) -> [(owner: String, file: String)] {
        let owners = Set(roadmap.deals.map(\.owner).filter { !$0.isEmpty })
        return owners.sorted().map { ($0, Slug.isValidID($0) ? $0 : Slug.make($0)) }
    }

    /// Each region of a deal with the file name of its page, sorted by region.
    static func regionFiles(_ roadmap: Roadmap) -> [(region: String, file: String)] {
        let regions = Set(roadmap.deals.compactMap(\.region).filter { !$0.isEmpty })
        return regions.sorted().map { ($0, Slug.make($0)) }
    }

    private var selection: ItemSelection { ItemSelection(view: selectionView, access: access) }

    private struct Page {
        var path: String
        var title: String
        var navigationKey: String?
        var deals: [Deal]
        var groupFields: [String]
        var listsSegments = false
    }

    private func page(_ page: Page) -> OutputFile {
        let root = PageContext.root(of: page.path)
        let drawn = selection.deals(page.deals)
        let summary = DealOutcomeSummary(all: page.deals, drawn: drawn, measures: selection.measures)
        let builder = DealTimelineEntries(context: context, access: access, root: root)
        let grouped = GroupedTimeline(
            groupings: page.groupFields.map { field in
                grouping(field, builder.entries(drawn, laneField: field, colorField: "stage"))
            },
            options: timelineOptions(title: page.title)
        )
        var values = grouped.context()
        values["shownSentence"] = .string(shownSentence(summary))
        values["closedNote"] = .string(PageStrings.text("closedDealsNote", language))
        values["outcomes"] = summary.templateRows(currency: roadmap.config.currency, language: language)
        values["hasOutcomes"] = .bool(true)
        values["hasFilters"] = .bool(true)
        let filterValues = grouped.groupings.first?.entries.map(\.filterValues) ?? []
        values["filters"] = DealPages(context: context).filterControls(for: drawn).context(filterValues)
        values["segments"] = page.listsSegments ? segmentLinks() : .list([])
        let body = context.theme.render("deal-timeline", context.bodyContext(path: page.path, title: page.title, values))
        return context.page(path: page.path, title: page.title, navigationKey: page.navigationKey, body: body, jsonPath: nil, script: true)
    }

    private func shownSentence(_ summary: DealOutcomeSummary) -> String {
        let open = summary.rows.first { $0.state == .open }
        let total = open?.count ?? 0
        let drawn = open?.drawn ?? 0
        if drawn == total { return AnalysisText.format("dealsShownAll", language, String(total)) }
        return AnalysisText.format("dealsShownSome", language, String(drawn), String(total))
    }

    private func timelineOptions(title: String) -> TimelineOptions {
        var options = FeaturePages(context: context, features: []).timelineOptions(
            title: title, laneHeader: PageStrings.text("owner", language),
            colorHeader: PageStrings.text("stage", language),
            extraHeaders: [PageStrings.text("account", language), PageStrings.text("amount", language)]
        )
        options.unit = .month
        return options
    }

    /// The lists of owner and region pages under `deals.html`.
    private func segmentLinks() -> TemplateValue {
        let owners: [TemplateValue] = Self.ownerFiles(roadmap).map { owner, file in
            .object(["label": .string(roadmap.repName(owner)), "url": .string("owners/\(file).html")])
        }
        let regions: [TemplateValue] = Self.regionFiles(roadmap).map { region, file in
            .object(["label": .string(region), "url": .string("regions/\(file).html")])
        }
        var segments: [TemplateValue] = []
        if !owners.isEmpty {
            segments.append(.object(["title": .string(PageStrings.text("dealsPerOwner", language)), "links": .list(owners)]))
        }
        if !regions.isEmpty {
            segments.append(.object(["title": .string(PageStrings.text("dealsPerRegion", language)), "links": .list(regions)]))
        }
        return .list(segments)
    }

    private func grouping(_ field: String, _ entries: [TimelineEntry]) -> GroupedTimeline.Grouping {
        GroupedTimeline.Grouping(field: field, label: access.header(field), entries: entries, laneOrder: access.laneOrder(field, used: entries))
    }
}
