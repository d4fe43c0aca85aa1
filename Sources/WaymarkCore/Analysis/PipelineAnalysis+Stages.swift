extension PipelineAnalysis {
    static func stageSummaries(_ open: [Deal], _ config: SiteConfig, _ measures: DealMeasures) -> [StageSummary] {
        let totalAmount = open.reduce(0) { $0 + measures.amount($1) }
        return config.stages.filter { $0.state == .open }.map { stage in
            let deals = open.filter { $0.stage == stage.id }
            let amount = deals.reduce(0) { $0 + measures.amount($1) }
            return StageSummary(
                stage: stage.id,
                count: deals.count,
                amount: amount,
                weightedAmount: deals.reduce(0) { $0 + measures.amount($1) * measures.probability($1) },
                countShare: open.isEmpty ? 0 : Double(deals.count) / Double(open.count),
                amountShare: totalAmount > 0 ? amount / totalAmount : 0
            )
        }
    }

    static func bottlenecks(_ stages: [StageSummary], _ open: [Deal], _ roadmap: Roadmap) -> [Bottleneck] {
        let threshold = roadmap.config.bottleneckShare
        return stages.compactMap { stage in
            guard stage.count > 0, stage.countShare >= threshold || stage.amountShare >= threshold else { return nil }
            let deals = open.filter { $0.stage == stage.stage }
            return Bottleneck(stage: stage, owners: ownerCounts(deals, roadmap), isByCount: stage.countShare >= threshold)
        }
    }

    /// Owners of `deals` by count descending, then by display name, then by id.
    static func ownerCounts(_ deals: [Deal], _ roadmap: Roadmap) -> [OwnerCount] {
        var counts: [String: Int] = [:]
        for deal in deals { counts[deal.owner, default: 0] += 1 }
        let owners = counts.map { OwnerCount(owner: $0.key, name: roadmap.repName($0.key), count: $0.value) }
        return owners.sorted { ($1.count, $0.name, $0.owner) < ($0.count, $1.name, $1.owner) }
    }

    static func agingDeals(_ open: [Deal], _ today: CalendarDay, _ config: SiteConfig) -> [AgingDeal] {
        let aging = open.compactMap { deal -> AgingDeal? in
            guard let since = deal.stageSince?.start(fiscalYearStart: config.fiscalYearStart) else { return nil }
            let days = since.days(until: today)
            return days > config.agingDays ? AgingDeal(deal: deal, daysInStage: days) : nil
        }
        return aging.sorted { $0.daysInStage == $1.daysInStage ? $0.deal.id < $1.deal.id : $0.daysInStage > $1.daysInStage }
    }
}
