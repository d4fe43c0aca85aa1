/// The internal deal roadmap: deals from opened to close on a timeline, and one page per deal.
struct DealPages {
    let context: PageContext

    private var roadmap: Roadmap { context.roadmap }
    private var config: SiteConfig { context.config }
    private var language: Language { context.language }

    func render() -> [OutputFile] {
        var files = [timelinePage()]
        files += ParallelMap.map(roadmap.deals) { deal in dealPage(deal) }
        files.append(OutputFile(
            path: context.languageFolder + "deals.json",
            text: JSONText.encode(.object(["deals": .list(roadmap.deals.map(json))]))
        ))
        return files
    }

    /// Days from opened to close, when both are known.
    func cycleDays(_ deal: Deal) -> Int? {
        guard let opened = deal.opened, let close = deal.close else { return nil }
        return opened.start(fiscalYearStart: config.fiscalYearStart).days(until: close.end(fiscalYearStart: config.fiscalYearStart))
    }

    private func span(_ deal: Deal) -> (CalendarDay, CalendarDay)? {
        let fiscal = config.fiscalYearStart
        switch (deal.opened, deal.close) {
        case let (opened?, close?): return (opened.start(fiscalYearStart: fiscal), close.end(fiscalYearStart: fiscal))
        case let (opened?, nil): return (opened.start(fiscalYearStart: fiscal), opened.end(fiscalYearStart: fiscal))
        case let (nil, close?): return (close.start(fiscalYearStart: fiscal), close.end(fiscalYearStart: fiscal))
        case (nil, nil): return nil
        }
    }

    /// Returns a key date's name in the page language: a stage's label when it is named after a stage
    /// (`negotiation`), the built-in word for `signing`, else the name as written.
    private func keyDateLabel(_ name: String) -> String {
        if config.stage(name) != nil { return config.stageLabel(name, language) }
        if let text = PageStrings.table["keyDate." + name] { return text.text(language) }
        return name
    }

    private func amountText(_ deal: Deal) -> String {
        NumberFormatting.money(deal.amount, language: language)
    }

    private func timelinePage() -> OutputFile {
        let path = "deals.html"
        let title = PageStrings.text("dealTimeline", language)
        let entries: [TimelineEntry] = roadmap.deals.compactMap { deal -> TimelineEntry? in
            guard let span = span(deal) else { return nil }
            let stageLabel = config.stageLabel(deal.stage, language)
            var tooltip = "\(deal.header.title) · \(deal.account) · \(amountText(deal)) · \(stageLabel)"
            if let days = cycleDays(deal) {
                tooltip += " · " + PageStrings.text("cycleLength", language) + " \(days) " + PageStrings.text("days", language)
            }
            var entry = TimelineEntry(
                id: "deal-" + deal.id,
                label: deal.header.title,
                url: "deals/\(deal.id).html",
                lane: roadmap.repName(deal.owner),
                colorKey: deal.stage,
                colorLabel: stageLabel,
                start: span.0,
                end: span.1,
                isMilestone: false,
                milestones: deal.keyDates.map {
                    TimelineMilestone(name: keyDateLabel($0.name), day: $0.date.start(fiscalYearStart: config.fiscalYearStart))
                },
                tooltip: tooltip,
                extraColumns: [deal.account, amountText(deal)]
            )
            entry.filterValues = [
                "owner": deal.owner, "stage": deal.stage, "region": deal.region ?? "",
                "tag": deal.header.tags.joined(separator: "|"),
            ]
            return entry
        }
        let pages = FeaturePages(context: context, features: [])
        var options = pages.timelineOptions(
            title: title, laneHeader: PageStrings.text("owner", language),
            colorHeader: PageStrings.text("stage", language),
            extraHeaders: [PageStrings.text("account", language), PageStrings.text("amount", language)]
        )
        options.unit = .month
        let rendered = TimelineRenderer.render(entries, options: options)
        let body = context.theme.render("timeline", context.bodyContext(path: path, title: title, [
            "svg": .string(rendered.svg),
            "table": .string(rendered.table),
            "hasUndated": .bool(false),
            "hasFilters": .bool(true),
            "filters": filterControls.context(entries.map(\.filterValues)),
        ]))
        return context.page(path: path, title: title, navigationKey: "dealTimeline", body: body, jsonPath: "deals.json", script: true)
    }

    private var filterControls: FilterControls {
        var owners: [String: String] = [:]
        for deal in roadmap.deals { owners[deal.owner] = roadmap.repName(deal.owner) }
        var stages: [String: String] = [:]
        for stage in config.stages { stages[stage.id] = config.stageLabel(stage.id, language) }
        return FilterControls(dimensions: [
            .init(key: "owner", label: PageStrings.text("owner", language), valueLabels: owners),
            .init(key: "stage", label: PageStrings.text("stage", language), valueLabels: stages),
            .init(key: "region", label: PageStrings.text("region", language)),
            .init(key: "tag", label: PageStrings.text("tags", language)),
        ])
    }

    private func dealPage(_ deal: Deal) -> OutputFile {
        let path = "deals/\(deal.id).html"
        let probability = deal.probability ?? config.stage(deal.stage)?.probability ?? 0
        let cycle = cycleDays(deal).map { "\($0) " + PageStrings.text("days", language) }
        let body = context.theme.render("deal", context.bodyContext(path: path, title: deal.header.title, [
            "deal": .object([
                "title": .string(deal.header.title),
                "account": .string(deal.account),
                "owner": .string(roadmap.repName(deal.owner)),
                "stage": .string(deal.stage),
                "stageLabel": .string(config.stageLabel(deal.stage, language)),
                "amount": .string(amountText(deal)),
                "probability": .string(NumberFormatting.percent(probability)),
                "opened": context.date(deal.opened).map(TemplateValue.string) ?? .null,
                "close": context.date(deal.close).map(TemplateValue.string) ?? .null,
                "cycle": cycle.map(TemplateValue.string) ?? .null,
                "region": deal.region.map(TemplateValue.string) ?? .null,
                "keyDates": .list(deal.keyDates.map { .object(["name": .string(keyDateLabel($0.name)), "date": .string(context.date($0.date) ?? "")]) }),
                "hasKeyDates": .bool(!deal.keyDates.isEmpty),
                "descriptionHTML": .string(deal.header.descriptionHTML),
                "hasDescription": .bool(!deal.header.descriptionHTML.isEmpty),
                "notesHTML": .string(deal.header.notesHTML),
                "hasNotes": .bool(!deal.header.notesHTML.isEmpty),
            ]),
            "customFields": .list(context.customFieldRows(AudienceProjection(roadmap: roadmap, audience: .internal).customFields(of: deal.header))),
        ]))
        return context.page(path: path, title: deal.header.title, navigationKey: nil, body: body, jsonPath: nil)
    }

    private func json(_ deal: Deal) -> TemplateValue {
        var object: [String: TemplateValue] = [
            "id": .string(deal.id),
            "title": .string(deal.header.title),
            "account": .string(deal.account),
            "owner": .string(deal.owner),
            "stage": .string(deal.stage),
            "amount": .double(deal.amount.amount),
            "currency": .string(deal.amount.currency),
            "url": .string("deals/\(deal.id).html"),
        ]
        if let opened = deal.opened { object["opened"] = .string(opened.description) }
        if let close = deal.close { object["close"] = .string(close.description) }
        if let region = deal.region { object["region"] = .string(region) }
        if let days = cycleDays(deal) { object["cycleDays"] = .int(days) }
        return .object(object)
    }
}
