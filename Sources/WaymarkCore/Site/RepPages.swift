/// The internal sales-team pages: `reps.html` with every rep side by side, and one page per rep
/// with the career path, won revenue per quarter, open pipeline, win rate and deals owned.
struct RepPages {
    let context: PageContext

    private var roadmap: Roadmap { context.roadmap }
    private var config: SiteConfig { context.config }
    private var language: Language { context.language }

    /// Renders the pages in `scope`. A rep's page reads the rep, the deals the rep owns and other
    /// reps' names (the manager); every deal edit touches the keys of its owners before and after.
    func render(_ scope: RenderScope = .everything) -> [OutputFile] {
        var files: [OutputFile] = []
        // In the order of `roadmap.reps`, computed only when the team page is rendered.
        var analyses: [RepAnalysis]?
        if scope.includes(kinds: [.rep, .deal]) {
            let all = RepAnalysis.all(roadmap)
            analyses = all
            files.append(teamPage(all))
            files.append(OutputFile(
                path: context.languageFolder + "reps.json",
                text: JSONText.encode(.object(["currency": .string(config.currency), "reps": .list(all.map(json))]))
            ))
        }
        for (index, rep) in roadmap.reps.enumerated() where scope.includes(keys: [.rep(rep.id)], kinds: [.rep]) {
            let analysis = analyses?[index] ?? RepAnalysis(rep: rep, roadmap: roadmap)
            files.append(repPage(analysis))
            files.append(OutputFile(path: context.languageFolder + "reps/\(rep.id).json", text: JSONText.encode(json(analysis))))
        }
        return files
    }

    private func money(_ amount: Double) -> String {
        NumberFormatting.money(amount, currency: config.currency, language: language)
    }

    /// Collects the figures that both the team page and a rep's page show.
    private func figures(_ analysis: RepAnalysis) -> [String: TemplateValue] {
        let notAvailable = PageStrings.text("notAvailable", language)
        return [
            "id": .string(analysis.rep.id),
            "name": .string(analysis.rep.name),
            "url": .string("reps/\(analysis.rep.id).html"),
            "role": analysis.roles.last.map { .string($0.title) } ?? .null,
            "region": analysis.rep.region.map(TemplateValue.string) ?? .null,
            "team": analysis.rep.header.team.map(TemplateValue.string) ?? .null,
            "wonAmount": .string(money(analysis.wonAmount)),
            "openPipeline": .string(money(analysis.openPipeline)),
            "openCount": .int(analysis.openDealCount),
            "openCountText": .string(AnalysisText.format("openDealCount", language, String(analysis.openDealCount))),
            "winRate": .string(analysis.winRate.rate.map(NumberFormatting.percent) ?? notAvailable),
            "won": .int(analysis.winRate.won),
            "lost": .int(analysis.winRate.lost),
            "cycle": .string(analysis.cycle.map { NumberFormatting.plain($0.medianDays) + " " + PageStrings.text("days", language) } ?? notAvailable),
            "dealCount": .int(analysis.deals.count),
        ]
    }

    private func teamPage(_ analyses: [RepAnalysis]) -> OutputFile {
        let path = "reps.html"
        let title = PageStrings.text("reps", language)
        let body = context.theme.render("reps", context.bodyContext(path: path, title: title, [
            "amountsNote": .string(AnalysisText.format("amountsIn", language, config.currency)),
            "reps": .list(analyses.map { .object(figures($0)) }),
        ]))
        return context.page(path: path, title: title, navigationKey: "reps", body: body, jsonPath: "reps.json")
    }

    private func repPage(_ analysis: RepAnalysis) -> OutputFile {
        let rep = analysis.rep
        let path = "reps/\(rep.id).html"
        var values = figures(analysis)
        values["manager"] = rep.manager.map { .string(roadmap.repName($0)) } ?? .null
        values["managerURL"] = rep.manager.flatMap { roadmap.rep($0) }.map { .string("reps/\($0.id).html") } ?? .null
        values["joined"] = context.date(rep.joined).map(TemplateValue.string) ?? .null
        values["careerPath"] = .string(careerPath(analysis))
        values["hasRoles"] = .bool(!rep.roles.isEmpty)
        values["revenueChart"] = analysis.wonByQuarter.isEmpty ? .null : .string(revenueChart(analysis))
        values["deals"] = .list(analysis.deals.map(dealRow))
        values["hasDeals"] = .bool(!analysis.deals.isEmpty)
        values["descriptionHTML"] = .string(rep.header.descriptionHTML)
        let body = context.theme.render("rep", context.bodyContext(path: path, title: rep.name, [
            "rep": .object(values),
            "amountsNote": .string(AnalysisText.format("amountsIn", language, config.currency)),
        ]))
        return context.page(path: path, title: rep.name, navigationKey: nil, body: body, jsonPath: "reps/\(rep.id).json")
    }

    /// Draws the roles as bars on a timeline. Each role runs until the next one starts, the last until today.
    private func careerPath(_ analysis: RepAnalysis) -> String {
        let fiscal = config.fiscalYearStart
        let roles = analysis.roles
        let entries = roles.enumerated().map { index, role -> TimelineEntry in
            let start = role.since.start(fiscalYearStart: fiscal)
            let next = index + 1 < roles.count ? roles[index + 1].since.start(fiscalYearStart: fiscal).adding(days: -1) : context.today
            return TimelineEntry(
                id: "role-\(index)",
                label: role.title,
                lane: analysis.rep.name,
                colorKey: "role-\(index)",
                colorLabel: role.title,
                start: start,
                end: max(start, next),
                tooltip: role.title + " · " + (context.date(role.since) ?? "")
            )
        }
        let title = PageStrings.text("careerPath", language)
        var options = FeaturePages(context: context, features: []).timelineOptions(
            title: title, laneHeader: PageStrings.text("reps", language), colorHeader: PageStrings.text("role", language), extraHeaders: []
        )
        options.unit = .year
        options.idPrefix = "wm-career"
        let rendered = TimelineRenderer.render(entries, options: options)
        return rendered.svg
    }

    private func revenueChart(_ analysis: RepAnalysis) -> String {
        let bars = analysis.wonByQuarter.map { quarter in
            BarChart.Bar(
                label: RoadmapDate.quarter(year: quarter.year, quarter: quarter.quarter).map { context.date($0) ?? "" } ?? "",
                value: quarter.amount,
                valueText: money(quarter.amount)
            )
        }
        return BarChart(title: PageStrings.text("revenueByQuarter", language), bars: bars, idPrefix: "wm-revenue").svg()
    }

    private func dealRow(_ deal: Deal) -> TemplateValue {
        .object([
            "title": .string(deal.header.title),
            "url": .string("deals/\(deal.id).html"),
            "account": .string(deal.account),
            "accountURL": .string("accounts/\(Slug.make(deal.account)).html"),
            "stageLabel": .string(config.stageLabel(deal.stage, language)),
            "amount": .string(NumberFormatting.money(deal.amount, language: language)),
            "close": context.date(deal.close).map(TemplateValue.string) ?? .null,
        ])
    }

    private func json(_ analysis: RepAnalysis) -> TemplateValue {
        .object([
            "id": .string(analysis.rep.id),
            "name": .string(analysis.rep.name),
            "roles": .list(analysis.roles.map { .object(["title": .string($0.title), "since": .string($0.since.description)]) }),
            "wonByQuarter": .list(analysis.wonByQuarter.map { quarter in
                .object(["year": .int(quarter.year), "quarter": .int(quarter.quarter), "amount": .double(quarter.amount)])
            }),
            "wonAmount": .double(analysis.wonAmount),
            "openPipeline": .double(analysis.openPipeline),
            "openDealCount": .int(analysis.openDealCount),
            "winRate": PipelineJSON.winRate(analysis.winRate),
            "medianCycleDays": analysis.cycle.map { .double($0.medianDays) } ?? .null,
            "deals": .list(analysis.deals.map { .string($0.id) }),
            "url": .string("reps/\(analysis.rep.id).html"),
        ])
    }
}
