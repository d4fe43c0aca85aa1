/// The pipeline page's JSON twin: the analysis figures as numbers, amounts in the reporting currency.
enum PipelineJSON {
    static func encode(_ analysis: PipelineAnalysis, config: SiteConfig) -> TemplateValue {
        .object([
            "today": .string(analysis.today.description),
            "currency": .string(config.currency),
            "openCount": .int(analysis.openCount),
            "openAmount": .double(analysis.openAmount),
            "weightedAmount": .double(analysis.weightedAmount),
            "stages": .list(analysis.stages.map(stage)),
            "bottlenecks": .list(analysis.bottlenecks.map { bottleneck in
                .object([
                    "stage": .string(bottleneck.stage.stage),
                    "byCount": .bool(bottleneck.isByCount),
                    "owners": .list(bottleneck.owners.map { .object(["owner": .string($0.owner), "count": .int($0.count)]) }),
                ])
            }),
            "aging": .list(analysis.agingDeals.map { .object(["deal": .string($0.deal.id), "daysInStage": .int($0.daysInStage)]) }),
            "winRate": winRate(analysis.winRate),
            "winRatesByOwner": .list(analysis.winRatesByOwner.map(winRate)),
            "winRatesByRegion": .list(analysis.winRatesByRegion.map(winRate)),
            "lossReasons": .list(analysis.lossReasons.map { .object(["reason": .string($0.reason), "count": .int($0.count)]) }),
            "medianCycleDays": analysis.cycle.map { .double($0.medianDays) } ?? .null,
            "cyclesByOwner": .list(analysis.cyclesByOwner.map(cycle)),
            "cyclesByRegion": .list(analysis.cyclesByRegion.map(cycle)),
            "goals": .list(analysis.goals.map { progress in
                .object([
                    "goal": .string(progress.goal.id),
                    "metric": .string(progress.goal.metric.rawValue),
                    "target": .double(progress.goal.target),
                    "actual": .double(progress.actual),
                    "share": .double(progress.share),
                ])
            }),
        ])
    }

    private static func stage(_ summary: StageSummary) -> TemplateValue {
        .object([
            "stage": .string(summary.stage),
            "count": .int(summary.count),
            "amount": .double(summary.amount),
            "weightedAmount": .double(summary.weightedAmount),
            "countShare": .double(summary.countShare),
            "amountShare": .double(summary.amountShare),
        ])
    }

    static func winRate(_ rate: WinRate) -> TemplateValue {
        .object([
            "key": .string(rate.key),
            "won": .int(rate.won),
            "lost": .int(rate.lost),
            "rate": rate.rate.map(TemplateValue.double) ?? .null,
        ])
    }

    private static func cycle(_ cycle: CycleLength) -> TemplateValue {
        .object(["key": .string(cycle.key), "dealCount": .int(cycle.dealCount), "medianDays": .double(cycle.medianDays)])
    }
}
