/// The text `waymark stats` prints: the stage table, the bottleneck with its owners, the win
/// rate and sales cycle, and the largest open deals, in columns padded for a terminal.
struct StatsReport {
    let analysis: PipelineAnalysis
    let roadmap: Roadmap
    let language: Language

    private var config: SiteConfig { roadmap.config }

    func text() -> String {
        var lines = [CommandStrings.text("statsTitle", language, analysis.today.description, config.currency), ""]
        lines += stageTable()
        lines.append("")
        if analysis.bottlenecks.isEmpty {
            lines.append(AnalysisText.format("noBottleneck", language, NumberFormatting.percent(config.bottleneckShare)))
        }
        for bottleneck in analysis.bottlenecks {
            lines.append(AnalysisText.bottleneckSentence(bottleneck, config: config, language))
        }
        lines.append(outcomeLine())
        lines.append("")
        lines.append(CommandStrings.text("statsTopDeals", language, String(StatsCommand.topDealCount)))
        lines += topDeals()
        return lines.joined(separator: "\n")
    }

    private func money(_ amount: Double) -> String {
        NumberFormatting.money(amount, currency: config.currency, language: language)
    }

    private func stageTable() -> [String] {
        let header = ["stage", "dealCount", "amount", "weightedAmount", "shareOfDeals", "shareOfAmount"].map { PageStrings.text($0, language) }
        var rows = analysis.stages.map { stage in
            [
                config.stageLabel(stage.stage, language), String(stage.count), money(stage.amount), money(stage.weightedAmount),
                NumberFormatting.percent(stage.countShare), NumberFormatting.percent(stage.amountShare),
            ]
        }
        rows.append([PageStrings.text("total", language), String(analysis.openCount), money(analysis.openAmount), money(analysis.weightedAmount), "", ""])
        return TextTable(header: header, rows: rows, rightAligned: [1, 2, 3, 4, 5]).lines()
    }

    private func outcomeLine() -> String {
        let notAvailable = PageStrings.text("notAvailable", language)
        let rate = analysis.winRate
        let days = PageStrings.text("days", language)
        let cycle = analysis.cycle.map { NumberFormatting.plain($0.medianDays) + " " + days } ?? notAvailable
        return CommandStrings.text(
            "statsWinRate", language,
            rate.rate.map(NumberFormatting.percent) ?? notAvailable, String(rate.won), String(rate.lost), cycle
        )
    }

    private func topDeals() -> [String] {
        let conversion = CurrencyConversion(config: config)
        let header = ["deals", "account", "owner", "stage", "amount"].map { PageStrings.text($0, language) }
        let rows = analysis.openDeals.prefix(StatsCommand.topDealCount).map { deal in
            [deal.header.title, deal.account, roadmap.repName(deal.owner), config.stageLabel(deal.stage, language), money(conversion.convert(deal.amount) ?? 0)]
        }
        return TextTable(header: header, rows: Array(rows), rightAligned: [4]).lines()
    }
}
