/// The portfolio (`portfolio.html`): every team's roadmap merged into one timeline with a
/// swimlane per team. Internally each lane contains the team's top features by requesting revenue
/// and top deals by amount, and a table and charts compare the regions. The public portfolio
/// contains public features only.
struct PortfolioPages {
    let context: PageContext
    let features: [FeatureView]

    /// Items per team and kind on the internal portfolio.
    static let topPerTeam = 5

    private var roadmap: Roadmap { context.roadmap }
    private var config: SiteConfig { context.config }
    private var language: Language { context.language }

    /// The kinds the portfolio and the team pages read: features, and internally the demand
    /// ranking, the deals with their owners, and the regions' goals.
    var kinds: Set<ItemKind> {
        context.audience == .internal ? [.feature, .request, .deal, .rep, .goal, .account] : [.feature]
    }

    func render(_ scope: RenderScope = .everything) -> [OutputFile] {
        guard scope.includes(kinds: kinds) else { return [] }
        let teamPages = TeamPages(context: context, features: features)
        var files = teamPages.render()
        files.append(portfolioPage(teams: teamPages.teams))
        return files
    }

    private func money(_ amount: Double) -> String {
        NumberFormatting.money(amount, currency: config.currency, language: language)
    }

    private func featureEntries() -> [TimelineEntry] {
        let pages = FeaturePages(context: context, features: features)
        let teamOf = Dictionary(features.map { ($0.id, $0.team ?? $0.product ?? "—") }, uniquingKeysWith: { first, _ in first })
        var entries = pages.timelineEntries().map { entry -> TimelineEntry in
            var entry = entry
            entry.lane = teamOf[String(entry.id.dropFirst("feature-".count))] ?? entry.lane
            return entry
        }
        guard context.audience == .internal else { return entries }
        let demand = DemandAnalysis(roadmap: roadmap, today: context.today)
        let revenue = Dictionary(demand.features.map { ($0.feature.id, $0.totalAmount) }, uniquingKeysWith: { first, _ in first })
        let byLane = Dictionary(grouping: entries, by: \.lane)
        entries = byLane.keys.sorted().flatMap { lane -> [TimelineEntry] in
            let ranked = (byLane[lane] ?? []).sorted { left, right in
                let (a, b) = (revenue[String(left.id.dropFirst("feature-".count))] ?? 0, revenue[String(right.id.dropFirst("feature-".count))] ?? 0)
                return a == b ? left.id < right.id : a > b
            }
            return Array(ranked.prefix(Self.topPerTeam))
        }
        return entries
    }

    private func dealEntries() -> [TimelineEntry] {
        let measures = DealMeasures(config: config)
        let fiscal = config.fiscalYearStart
        let byTeam = Dictionary(grouping: roadmap.deals.filter { $0.header.team != nil }) { $0.header.team ?? "" }
        return byTeam.keys.sorted().flatMap { team -> [TimelineEntry] in
            let ranked = (byTeam[team] ?? []).sorted { left, right in
                let (a, b) = (measures.amount(left), measures.amount(right))
                return a == b ? left.id < right.id : a > b
            }
            return ranked.prefix(Self.topPerTeam).compactMap { deal -> TimelineEntry? in
                guard let first = deal.opened ?? deal.close, let last = deal.close ?? deal.opened else { return nil }
                let amount = NumberFormatting.money(deal.amount, language: language)
                return TimelineEntry(
                    id: "deal-" + deal.id, label: deal.header.title, url: "deals/\(deal.id).html", lane: team,
                    // One colour for every deal, so deal stages do not share colours with feature statuses.
                    colorKey: "deal", colorLabel: PageStrings.text("deals", language),
                    start: first.start(fiscalYearStart: fiscal), end: last.end(fiscalYearStart: fiscal), isMilestone: false,
                    milestones: [], tooltip: "\(deal.header.title) · \(deal.account) · \(config.stageLabel(deal.stage, language)) · \(amount)", extraColumns: [amount]
                )
            }
        }
    }

    private func portfolioPage(teams: [String]) -> OutputFile {
        let path = "portfolio.html"
        let title = PageStrings.text("portfolio", language)
        let isInternal = context.audience == .internal
        var entries = featureEntries()
        if isInternal { entries += dealEntries() }
        let pages = FeaturePages(context: context, features: features)
        var options = pages.timelineOptions(
            title: title, laneHeader: PageStrings.text("team", language),
            colorHeader: PageStrings.text(isInternal ? "statusOrDeal" : "status", language),
            extraHeaders: [PageStrings.text(isInternal ? "whenOrAmount" : "when", language)]
        )
        options.unit = .quarter
        let rendered = TimelineRenderer.render(entries, options: options)
        let regions = isInternal ? RegionFigures.compare(roadmap, today: context.today) : []
        let body = context.theme.render("portfolio", context.bodyContext(path: path, title: title, [
            "intro": .string(PageStrings.text(isInternal ? "portfolioIntro" : "portfolioPublicIntro", language)),
            "svg": .string(rendered.svg),
            "table": .string(rendered.table),
            "teams": .list(teams.map { .object(["name": .string($0), "url": .string(TeamPages.path(of: $0))]) }),
            "hasRegions": .bool(!regions.isEmpty),
            "amountsNote": .string(AnalysisText.format("amountsIn", language, config.currency)),
            "regions": .list(regions.map(regionRow)),
            "pipelineChart": .string(regionChart(regions, key: "openPipeline", value: \.pipeline.openAmount)),
            "wonChart": .string(regionChart(regions, key: "wonRevenue", value: \.wonRevenue)),
        ]))
        return context.page(path: path, title: title, navigationKey: "portfolio", body: body, jsonPath: nil)
    }

    private func regionRow(_ figures: RegionFigures) -> TemplateValue {
        let notAvailable = PageStrings.text("notAvailable", language)
        return .object([
            "region": .string(figures.region),
            "openCount": .int(figures.pipeline.openCount),
            "openAmount": .string(money(figures.pipeline.openAmount)),
            "wonRevenue": .string(money(figures.wonRevenue)),
            "winRate": .string(figures.pipeline.winRate.rate.map(NumberFormatting.percent) ?? notAvailable),
            "wonLost": .string("\(figures.pipeline.winRate.won) / \(figures.pipeline.winRate.lost)"),
            "medianCycle": .string(figures.pipeline.cycle.map { NumberFormatting.plain($0.medianDays) } ?? notAvailable),
            "goalProgress": .string(figures.goalShare.map(NumberFormatting.percent) ?? notAvailable),
            "goalCount": .int(figures.pipeline.goals.count),
        ])
    }

    private func regionChart(_ regions: [RegionFigures], key: String, value: KeyPath<RegionFigures, Double>) -> String {
        guard !regions.isEmpty else { return "" }
        let label = PageStrings.text(key, language)
        return BarChart(
            title: label,
            bars: regions.map { BarChart.Bar(label: $0.region, value: $0[keyPath: value], valueText: money($0[keyPath: value])) },
            width: 560,
            idPrefix: "wm-" + key
        ).svg()
    }
}
