/// One region's sales figures for the portfolio comparison, amounts in the reporting currency.
public struct RegionFigures: Sendable {
    public var region: String
    /// The region's deals analysed on their own: open pipeline, win rate, median cycle, goals.
    public var pipeline: PipelineAnalysis
    /// Sum of the region's won deals.
    public var wonRevenue: Double

    /// The mean share reached over the region's goals (goals whose filter names the region); nil without goals.
    public var goalShare: Double? {
        pipeline.goals.isEmpty ? nil : pipeline.goals.reduce(0) { $0 + $1.share } / Double(pipeline.goals.count)
    }

    /// Compares every region named on a deal, sorted by name; deals without a region are left out.
    public static func compare(_ roadmap: Roadmap, today: CalendarDay) -> [RegionFigures] {
        let measures = DealMeasures(config: roadmap.config)
        let byRegion = Dictionary(grouping: roadmap.deals.filter { $0.region != nil }) { $0.region ?? "" }
        return byRegion.keys.sorted().map { region in
            let deals = byRegion[region] ?? []
            let goals = roadmap.goals.filter { $0.filter["region"] == region }
            let subset = Roadmap(config: roadmap.config, items: deals.map(RoadmapItem.deal) + goals.map(RoadmapItem.goal))
            return RegionFigures(
                region: region,
                pipeline: PipelineAnalysis(roadmap: subset, today: today),
                wonRevenue: deals.filter(measures.isWon).reduce(0) { $0 + measures.amount($1) }
            )
        }
    }
}
