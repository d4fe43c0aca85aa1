/// The internal deal analytics of one roadmap on one day: open deals by stage, the bottleneck
/// and its owners, aging deals, win rates, loss reasons, sales-cycle lengths and goal progress.
/// Every amount is in the reporting currency (`SiteConfig.currency`).
public struct PipelineAnalysis: Sendable {
    public var today: CalendarDay
    /// Every open stage in the configured order, including stages with no deals.
    public var stages: [StageSummary]
    public var openCount: Int
    public var openAmount: Double
    public var weightedAmount: Double
    public var bottlenecks: [Bottleneck]
    /// Open deals longer than `SiteConfig.agingDays` in their stage, longest first.
    public var agingDeals: [AgingDeal]
    public var winRate: WinRate
    /// By owner id, sorted by id.
    public var winRatesByOwner: [WinRate]
    /// By region, sorted; deals without a region are left out.
    public var winRatesByRegion: [WinRate]
    /// By count descending, then by reason.
    public var lossReasons: [LossReason]
    /// Over all won deals with both dates; nil when there are none.
    public var cycle: CycleLength?
    public var cyclesByOwner: [CycleLength]
    public var cyclesByRegion: [CycleLength]
    public var goals: [GoalProgress]
    /// Open deals by amount in the reporting currency, largest first, then by id.
    public var openDeals: [Deal]

    public init(roadmap: Roadmap, today: CalendarDay) {
        let measures = DealMeasures(config: roadmap.config)
        let open = roadmap.deals.filter(measures.isOpen)
        self.today = today
        stages = PipelineAnalysis.stageSummaries(open, roadmap.config, measures)
        openCount = open.count
        openAmount = open.reduce(0) { $0 + measures.amount($1) }
        weightedAmount = stages.reduce(0) { $0 + $1.weightedAmount }
        bottlenecks = PipelineAnalysis.bottlenecks(stages, open, roadmap)
        agingDeals = PipelineAnalysis.agingDeals(open, today, roadmap.config)
        let closed = roadmap.deals.filter { measures.isWon($0) || measures.isLost($0) }
        winRate = PipelineAnalysis.winRates(closed, measures) { _ in "" }.first ?? WinRate(key: "", won: 0, lost: 0)
        winRatesByOwner = PipelineAnalysis.winRates(closed, measures) { $0.owner }
        winRatesByRegion = PipelineAnalysis.winRates(closed, measures) { $0.region }
        lossReasons = PipelineAnalysis.lossReasons(closed.filter(measures.isLost))
        let won = roadmap.deals.filter(measures.isWon)
        cycle = PipelineAnalysis.cycles(won, measures) { _ in "" }.first
        cyclesByOwner = PipelineAnalysis.cycles(won, measures) { $0.owner }
        cyclesByRegion = PipelineAnalysis.cycles(won, measures) { $0.region }
        goals = roadmap.goals.map { PipelineAnalysis.progress(of: $0, deals: roadmap.deals, measures) }
        openDeals = open.sorted { left, right in
            let (a, b) = (measures.amount(left), measures.amount(right))
            return a == b ? left.id < right.id : a > b
        }
    }

    /// The stage summary of `stage`, when it is an open stage.
    public func summary(of stage: String) -> StageSummary? {
        stages.first { $0.stage == stage }
    }
}
