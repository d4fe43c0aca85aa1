/// The configured views of one site: `views/<id>.html` with a timeline per grouping, the table and
/// the filters, and `views/<id>.json` with the same items.
struct ViewPages {
    let context: PageContext
    /// The features this audience may see.
    let features: [FeatureView]

    private var roadmap: Roadmap { context.roadmap }
    private var language: Language { context.language }
    private var access: ItemFieldAccess { ItemFieldAccess(roadmap: roadmap, language: language) }

    /// The views an audience's site shows: the configured ones, or the built-in ones when
    /// `roadmap.yml` has no `views`. The public site shows public views only.
    static func views(_ config: SiteConfig, audience: Audience) -> [ViewConfig] {
        let views = config.views ?? [.biggestDeals]
        return views.filter { audience == .internal || $0.audience == .public }
    }

    static func path(_ view: ViewConfig) -> String { "views/\(view.id).html" }

    /// Renders the views in `scope`. A deal view reads every deal and the owners' names; a
    /// feature view reads every feature, and rep names through person fields.
    func render(_ scope: RenderScope = .everything) -> [OutputFile] {
        Self.views(roadmap.config, audience: context.audience).flatMap { view -> [OutputFile] in
            switch view.kind {
            case .deal: return scope.includes(kinds: [.deal, .rep]) ? dealView(view) : []
            case .feature: return scope.includes(kinds: [.feature, .rep]) ? featureView(view) : []
            }
        }
    }

    private func dealView(_ view: ViewConfig) -> [OutputFile] {
        let selection = ItemSelection(view: view, access: access)
        var unlimited = view
        unlimited.limit = nil
        let matching = ItemSelection(view: unlimited, access: access).deals(roadmap.deals)
        let shown = selection.deals(roadmap.deals)
        let builder = DealTimelineEntries(context: context, access: access, root: "../")
        let fields = groupFields(view, others: ["owner", "stage", "region"])
        let groupings = fields.map { field in
            grouping(field, builder.entries(shown, laneField: field, colorField: view.colorBy))
        }
        let filters = DealPages(context: context).filterControls(for: shown).context(groupings.first?.entries.map(\.filterValues) ?? [])
        let items = shown.map(DealPages(context: context).json)
        return page(view, groupings: groupings, filters: filters, counts: (shown.count, matching.count), items: items, extraHeaders: ["account", "amount"])
    }

    private func featureView(_ view: ViewConfig) -> [OutputFile] {
        var unlimited = view
        unlimited.limit = nil
        let matching = ItemSelection(view: unlimited, access: access).features(features)
        let shown = ItemSelection(view: view, access: access).features(features)
        let pages = FeaturePages(context: context, features: shown)
        let base = pages.timelineEntries()
        let byID = Dictionary(uniqueKeysWithValues: shown.map { ("feature-" + $0.id, $0) })
        let groupings = groupFields(view, others: ["status", "product", "team"]).map { field in
            grouping(field, base.compactMap { entry in
                byID[entry.id].map { relabeled(entry, $0, laneField: field, colorField: view.colorBy) }
            })
        }
        let filters = pages.filterControls.context(base.map(\.filterValues))
        let items = shown.map { pages.json($0, detailed: false) }
        return page(view, groupings: groupings, filters: filters, counts: (shown.count, matching.count), items: items, extraHeaders: ["when"])
    }

    private func relabeled(_ entry: TimelineEntry, _ feature: FeatureView, laneField: String, colorField: String) -> TimelineEntry {
        var copy = entry
        copy.url = entry.url.map { "../" + $0 }
        copy.lane = access.label(laneField, of: feature) ?? PageStrings.text("noValue", language)
        copy.colorKey = access.value(colorField, of: feature) ?? ""
        copy.colorLabel = access.label(colorField, of: feature) ?? PageStrings.text("noValue", language)
        return copy
    }

    /// The view's own grouping first, then the other built-in ones the select offers.
    private func groupFields(_ view: ViewConfig, others: [String]) -> [String] {
        [view.groupBy] + others.filter { $0 != view.groupBy }
    }

    private func page(
        _ view: ViewConfig, groupings: [GroupedTimeline.Grouping], filters: TemplateValue,
        counts: (shown: Int, matching: Int), items: [TemplateValue], extraHeaders: [String]
    ) -> [OutputFile] {
        let path = Self.path(view)
        let title = view.title(language)
        var values = GroupedTimeline(groupings: groupings, options: options(view, title: title, groupings: groupings, extraHeaders: extraHeaders)).context()
        values["shownSentence"] = .string(counts.shown == counts.matching
            ? AnalysisText.format("viewShownAll", language, String(counts.matching))
            : AnalysisText.format("viewShownSome", language, String(counts.shown), String(counts.matching)))
        values["hasFilters"] = .bool(true)
        values["filters"] = filters
        let body = context.theme.render("deal-timeline", context.bodyContext(path: path, title: title, values))
        let json: TemplateValue = .object([
            "id": .string(view.id),
            "title": .string(title),
            "kind": .string(view.kind.rawValue),
            "groupBy": .string(view.groupBy),
            "colorBy": .string(view.colorBy),
            "matching": .int(counts.matching),
            "shown": .int(counts.shown),
            "items": .list(items),
        ])
        return [
            context.page(path: path, title: title, navigationKey: "view." + view.id, body: body, jsonPath: "views/\(view.id).json", script: true),
            OutputFile(path: context.languageFolder + "views/\(view.id).json", text: JSONText.encode(json)),
        ]
    }

    private func options(_ view: ViewConfig, title: String, groupings: [GroupedTimeline.Grouping], extraHeaders: [String]) -> TimelineOptions {
        let colorHeader = access.header(view.colorBy)
        var options = FeaturePages(context: context, features: []).timelineOptions(
            title: title, laneHeader: access.header(view.groupBy), colorHeader: colorHeader,
            extraHeaders: extraHeaders.map { PageStrings.text($0, language) }
        )
        options.idPrefix = "wm-view"
        if let unit = view.unit { options.unit = timelineUnit(unit) }
        let fiscal = roadmap.config.fiscalYearStart
        if view.rangeStart != nil || view.rangeEnd != nil {
            let fallback = TimelineRenderer.defaultRange(of: groupings.first?.entries ?? [], unit: options.unit, today: context.today)
            let start = view.rangeStart?.start(fiscalYearStart: fiscal) ?? fallback?.lowerBound
            let end = view.rangeEnd?.end(fiscalYearStart: fiscal) ?? fallback?.upperBound
            if let start, let end, start <= end { options.range = start...end }
        }
        return options
    }

    private func timelineUnit(_ unit: ViewConfig.Unit) -> TimelineUnit {
        switch unit {
        case .month: return .month
        case .quarter: return .quarter
        case .fiscalQuarter: return .fiscalQuarter(startMonth: roadmap.config.fiscalYearStart)
        case .year: return .year
        }
    }

    private func grouping(_ field: String, _ entries: [TimelineEntry]) -> GroupedTimeline.Grouping {
        GroupedTimeline.Grouping(field: field, label: access.header(field), entries: entries, laneOrder: access.laneOrder(field, used: entries))
    }
}
