/// One rep's record: won revenue per fiscal quarter, open pipeline, win rate, sales cycle,
/// deals owned and career path. Amounts are in the reporting currency.
public struct RepAnalysis: Sendable {
    public var rep: Rep
    /// From the first to the last quarter with a won deal, including quarters with nothing won.
    public var wonByQuarter: [QuarterRevenue]
    public var wonAmount: Double
    public var openPipeline: Double
    public var openDealCount: Int
    public var winRate: WinRate
    public var cycle: CycleLength?
    /// Every deal the rep owns, sorted by id.
    public var deals: [Deal]

    /// The career path, earliest role first.
    public var roles: [Rep.Role] {
        rep.roles.sorted { $0.since.description < $1.since.description }
    }

    public init(rep: Rep, roadmap: Roadmap) {
        let measures = DealMeasures(config: roadmap.config)
        let owned = roadmap.deals.filter { $0.owner == rep.id }
        let won = owned.filter(measures.isWon)
        let open = owned.filter(measures.isOpen)
        self.rep = rep
        deals = owned
        wonByQuarter = RepAnalysis.quarters(won, measures)
        wonAmount = won.reduce(0) { $0 + measures.amount($1) }
        openPipeline = open.reduce(0) { $0 + measures.amount($1) }
        openDealCount = open.count
        let closed = owned.filter { measures.isWon($0) || measures.isLost($0) }
        winRate = PipelineAnalysis.winRates(closed, measures) { $0.owner }.first ?? WinRate(key: rep.id, won: 0, lost: 0)
        cycle = PipelineAnalysis.cycles(won, measures) { $0.owner }.first
    }

    /// Every rep of the roadmap, in id order.
    public static func all(_ roadmap: Roadmap) -> [RepAnalysis] {
        roadmap.reps.map { RepAnalysis(rep: $0, roadmap: roadmap) }
    }

    /// Won amounts by the fiscal quarter of the close date; won deals without a close date are left out.
    static func quarters(_ won: [Deal], _ measures: DealMeasures) -> [QuarterRevenue] {
        let fiscal = measures.config.fiscalYearStart
        var sums: [Int: Double] = [:]
        for deal in won {
            guard let close = measures.closeDay(deal) else { continue }
            let (year, quarter) = RoadmapDate.fiscalQuarter(of: close, fiscalYearStart: fiscal)
            sums[year * 4 + quarter - 1, default: 0] += measures.amount(deal)
        }
        guard let first = sums.keys.min(), let last = sums.keys.max() else { return [] }
        return (first...last).map { index in
            QuarterRevenue(year: index / 4, quarter: index % 4 + 1, amount: sums[index] ?? 0)
        }
    }
}
