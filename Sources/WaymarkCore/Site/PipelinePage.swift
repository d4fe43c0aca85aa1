/// The internal pipeline page: open deals by stage with a bar chart, the bottleneck and its
/// owners, aging deals, win rate and sales cycle by owner and region, loss reasons and goal
/// progress, with its JSON twin. Every figure comes from `PipelineAnalysis`.
struct PipelinePage {
    let context: PageContext
    let analysis: PipelineAnalysis

    private var roadmap: Roadmap { context.roadmap }
    private var config: SiteConfig { context.config }
    private var language: Language { context.language }

    /// The kinds the analysis reads: deals, their owners' names and the goals.
    static let kinds: Set<ItemKind> = [.deal, .rep, .goal]

    init(context: PageContext) {
        self.context = context
        self.analysis = PipelineAnalysis(roadmap: context.roadmap, today: context.today)
    }

    /// The currency sentence, and how many open deals have no amount: CRM exports leave early deals
    /// without one, and a page of zero totals should say why.
    private var amountsNote: String {
        var note = AnalysisText.format("amountsIn", language, config.currency)
        let openStages = Set(config.stages.filter { $0.state == .open }.map(\.id))
        let missing = roadmap.deals.filter { openStages.contains($0.stage) && !$0.hasAmount }.count
        if missing > 0 {
            note += " " + AnalysisText.format("openDealsWithoutAmount", language, String(missing))
        }
        return note
    }

    func render() -> [OutputFile] {
        let path = "pipeline.html"
        let title = PageStrings.text("pipeline", language)
        let body = context.theme.render("pipeline", context.bodyContext(path: path, title: title, [
            "amountsNote": .string(amountsNote),
            "stages": .list(analysis.stages.map(stageRow)),
            "totals": totalsRow,
            "chart": .string(chart()),
            "bottlenecks": .list(analysis.bottlenecks.map(bottleneckValue)),
            "noBottleneck": analysis.bottlenecks.isEmpty
                ? .string(AnalysisText.format("noBottleneck", language, NumberFormatting.percent(config.bottleneckShare)))
                : .null,
            "agingIntro": .string(AnalysisText.format("agingIntro", language, String(config.agingDays))),
            "aging": .list(analysis.agingDeals.map(agingRow)),
            "hasAging": .bool(!analysis.agingDeals.isEmpty),
            "overall": outcomeRow(label: PageStrings.text("allDeals", language), rate: analysis.winRate, cycle: analysis.cycle),
            "byOwner": .list(groupRows(analysis.winRatesByOwner, analysis.cyclesByOwner, label: roadmap.repName)),
            "byRegion": .list(groupRows(analysis.winRatesByRegion, analysis.cyclesByRegion, label: { $0 })),
            "lossReasons": .list(analysis.lossReasons.map { .object(["reason": .string($0.reason), "count": .int($0.count)]) }),
            "hasLossReasons": .bool(!analysis.lossReasons.isEmpty),
            "goals": .list(analysis.goals.map(goalRow)),
            "hasGoals": .bool(!analysis.goals.isEmpty),
        ]))
        return [
            context.page(path: path, title: title, navigationKey: "pipeline", body: body, jsonPath: "pipeline.json"),
            OutputFile(path: context.languageFolder + "pipeline.json", text: JSONText.encode(PipelineJSON.encode(analysis, config: config))),
        ]
    }

    private func money(_ amount: Double) -> String {
        NumberFormatting.money(amount, currency: config.currency, language: language)
    }

    private func stageRow(_ stage: StageSummary) -> TemplateValue {
        .object([
            "stage": .string(stage.stage),
            "label": .string(config.stageLabel(stage.stage, language)),
            "count": .int(stage.count),
            "amount": .string(money(stage.amount)),
            "weighted": .string(money(stage.weightedAmount)),
            "countShare": .string(NumberFormatting.percent(stage.countShare)),
            "amountShare": .string(NumberFormatting.percent(stage.amountShare)),
            "isBottleneck": .bool(analysis.bottlenecks.contains { $0.stage.stage == stage.stage }),
        ])
    }

    private var totalsRow: TemplateValue {
        .object([
            "count": .int(analysis.openCount),
            "amount": .string(money(analysis.openAmount)),
            "weighted": .string(money(analysis.weightedAmount)),
        ])
    }

    private func chart() -> String {
        let bars = analysis.stages.map { stage -> BarChart.Bar in
            let bottleneck = analysis.bottlenecks.first { $0.stage.stage == stage.stage }
            return BarChart.Bar(
                label: config.stageLabel(stage.stage, language),
                value: stage.amount,
                valueText: money(stage.amount),
                isHighlighted: bottleneck != nil,
                note: bottleneck.map { AnalysisText.bottleneckNote($0, language) }
            )
        }
        return BarChart(title: PageStrings.text("openAmountByStage", language), bars: bars, idPrefix: "wm-pipeline").svg()
    }

    private func bottleneckValue(_ bottleneck: Bottleneck) -> TemplateValue {
        .object([
            "sentence": .string(AnalysisText.bottleneckSentence(bottleneck, config: config, language)),
            "stageLabel": .string(config.stageLabel(bottleneck.stage.stage, language)),
            "owners": .list(bottleneck.owners.map { owner in
                .object([
                    "name": .string(owner.name),
                    "url": roadmap.rep(owner.owner) == nil ? .null : .string("reps/\(owner.owner).html"),
                    "count": .int(owner.count),
                ])
            }),
        ])
    }

    private func agingRow(_ aging: AgingDeal) -> TemplateValue {
        let deal = aging.deal
        return .object([
            "title": .string(deal.header.title),
            "url": .string("deals/\(deal.id).html"),
            "account": .string(deal.account),
            "owner": .string(roadmap.repName(deal.owner)),
            "stageLabel": .string(config.stageLabel(deal.stage, language)),
            "since": .string(context.date(deal.stageSince) ?? ""),
            "days": .int(aging.daysInStage),
            "amount": .string(NumberFormatting.money(deal.amount, language: language)),
        ])
    }

    private func groupRows(_ rates: [WinRate], _ cycles: [CycleLength], label: (String) -> String) -> [TemplateValue] {
        let keys = Set(rates.map(\.key)).union(cycles.map(\.key)).sorted()
        return keys.map { key in
            outcomeRow(
                label: label(key),
                rate: rates.first { $0.key == key } ?? WinRate(key: key, won: 0, lost: 0),
                cycle: cycles.first { $0.key == key }
            )
        }
    }

    private func outcomeRow(label: String, rate: WinRate, cycle: CycleLength?) -> TemplateValue {
        let notAvailable = PageStrings.text("notAvailable", language)
        return .object([
            "label": .string(label),
            "won": .int(rate.won),
            "lost": .int(rate.lost),
            "rate": .string(rate.rate.map(NumberFormatting.percent) ?? notAvailable),
            "cycle": .string(cycle.map { NumberFormatting.plain($0.medianDays) + " " + PageStrings.text("days", language) } ?? notAvailable),
        ])
    }

    private func goalRow(_ progress: GoalProgress) -> TemplateValue {
        let isMoney = progress.goal.metric == .wonRevenue || progress.goal.metric == .pipeline
        func format(_ value: Double) -> String {
            isMoney ? money(value) : NumberFormatting.grouped(value)
        }
        return .object([
            "title": .string(progress.goal.header.title),
            "metric": .string(PageStrings.text("metric." + progress.goal.metric.rawValue, language)),
            "period": .string(context.date(progress.goal.period) ?? ""),
            "actual": .string(format(progress.actual)),
            "target": .string(format(progress.goal.target)),
            "percent": .string(NumberFormatting.percent(progress.share)),
            "barWidth": .string(NumberFormatting.fixed(min(max(progress.share, 0), 1) * 100, decimals: 1)),
        ])
    }
}
