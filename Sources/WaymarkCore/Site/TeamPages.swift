/// One roadmap per team (`teams/<slug>/index.html`): the team's features on a timeline and,
/// on the internal site, its deals and pipeline figures.
struct TeamPages {
    let context: PageContext
    let features: [FeatureView]

    private var roadmap: Roadmap { context.roadmap }
    private var language: Language { context.language }

    /// Every distinct `team` of the features and, internally, of the deals, sorted.
    var teams: [String] {
        var names = Set(features.compactMap(\.team))
        if context.audience == .internal {
            for deal in roadmap.deals { if let team = deal.header.team { names.insert(team) } }
        }
        return names.sorted()
    }

    static func path(of team: String) -> String { "teams/\(Slug.make(team))/index.html" }

    func render() -> [OutputFile] {
        teams.map(teamPage)
    }

    private func teamPage(_ team: String) -> OutputFile {
        let path = TeamPages.path(of: team)
        let root = PageContext.root(of: path)
        let teamFeatures = features.filter { $0.team == team }
        let pages = FeaturePages(context: context, features: teamFeatures)
        let entries = pages.timelineEntries().map { entry -> TimelineEntry in
            var entry = entry
            entry.url = entry.url.map { root + $0 }
            return entry
        }
        let options = pages.timelineOptions(
            title: team, laneHeader: PageStrings.text("product", language),
            colorHeader: PageStrings.text("status", language), extraHeaders: [PageStrings.text("when", language)]
        )
        let rendered = TimelineRenderer.render(entries, options: options)
        var values: [String: TemplateValue] = [
            "team": .string(team),
            "svg": .string(rendered.svg),
            "table": .string(rendered.table),
        ]
        if context.audience == .internal { values.merge(dealValues(team, root: root)) { $1 } }
        let body = context.theme.render("team", context.bodyContext(path: path, title: team, values))
        return context.page(path: path, title: team, navigationKey: "portfolio", body: body, jsonPath: nil)
    }

    private func dealValues(_ team: String, root: String) -> [String: TemplateValue] {
        let deals = roadmap.deals.filter { $0.header.team == team }
        let subset = Roadmap(config: roadmap.config, items: deals.map(RoadmapItem.deal))
        let analysis = PipelineAnalysis(roadmap: subset, today: context.today)
        let money = { (amount: Double) in NumberFormatting.money(amount, currency: context.config.currency, language: language) }
        return [
            "hasDeals": .bool(!deals.isEmpty),
            "amountsNote": .string(AnalysisText.format("amountsIn", language, context.config.currency)),
            "openCount": .int(analysis.openCount),
            "openAmount": .string(money(analysis.openAmount)),
            "weightedAmount": .string(money(analysis.weightedAmount)),
            "winRate": .string(analysis.winRate.rate.map(NumberFormatting.percent) ?? PageStrings.text("notAvailable", language)),
            "medianCycle": .string(analysis.cycle.map { NumberFormatting.plain($0.medianDays) + " " + PageStrings.text("days", language) }
                ?? PageStrings.text("notAvailable", language)),
            "deals": .list(analysis.openDeals.map { deal in
                .object([
                    "title": .string(deal.header.title),
                    "url": .string(root + "deals/\(deal.id).html"),
                    "account": .string(deal.account),
                    "owner": .string(roadmap.repName(deal.owner)),
                    "stageLabel": .string(context.config.stageLabel(deal.stage, language)),
                    "amount": .string(NumberFormatting.money(deal.amount, language: language)),
                ])
            }),
        ]
    }
}
