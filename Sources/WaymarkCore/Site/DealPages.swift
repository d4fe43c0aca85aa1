/// The internal deal roadmap: deals from opened to close on a timeline, and one page per deal.
struct DealPages {
    let context: PageContext

    private var roadmap: Roadmap { context.roadmap }
    private var config: SiteConfig { context.config }
    private var language: Language { context.language }

    /// Renders the pages in `scope`. A deal's page reads the deal and the names of reps, which
    /// show as its owner and in person fields.
    func render(_ scope: RenderScope = .everything) -> [OutputFile] {
        let timeline = DealTimelinePages(context: context)
        var files = timeline.render(scope)
        let shown = roadmap.deals.filter { scope.includes(keys: [.deal($0.id)], kinds: [.rep]) }
        files += ParallelMap.map(shown) { deal in dealPage(deal) }
        guard scope.includes(kinds: [.deal]) else { return files }
        files.append(OutputFile(
            path: context.languageFolder + "deals.json",
            text: JSONText.encode(.object(["summary": timeline.summaryJSON(), "deals": .list(roadmap.deals.map(json))]))
        ))
        return files
    }

    /// Days from opened to close, when both are known.
    func cycleDays(_ deal: Deal) -> Int? {
        guard let opened = deal.opened, let close = deal.close else { return nil }
        return opened.start(fiscalYearStart: config.fiscalYearStart).days(until: close.end(fiscalYearStart: config.fiscalYearStart))
    }

    /// The days a deal's bar covers: opened to close, or the one date it has.
    func span(_ deal: Deal) -> (CalendarDay, CalendarDay)? {
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
    func keyDateLabel(_ name: String) -> String {
        if config.stage(name) != nil { return config.stageLabel(name, language) }
        if let text = PageStrings.table["keyDate." + name] { return text.text(language) }
        return name
    }

    private func amountText(_ deal: Deal) -> String {
        NumberFormatting.money(deal.amount, language: language)
    }

    /// The filter form for a page showing `deals`; owner names are looked up for those deals only,
    /// because each owner's and region's page builds its own form.
    func filterControls(for deals: [Deal]) -> FilterControls {
        var owners: [String: String] = [:]
        for deal in deals where owners[deal.owner] == nil { owners[deal.owner] = roadmap.repName(deal.owner) }
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

    func json(_ deal: Deal) -> TemplateValue {
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
