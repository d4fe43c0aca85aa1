/// Turns deals into timeline entries: a bar from opened to close with the key dates as
/// milestones, in the swimlane of one field and coloured by another.
struct DealTimelineEntries {
    let context: PageContext
    let access: ItemFieldAccess
    /// `../` per folder of the page, put before each deal page's link.
    let root: String

    private var config: SiteConfig { context.config }
    private var language: Language { context.language }

    func entries(_ deals: [Deal], laneField: String, colorField: String) -> [TimelineEntry] {
        deals.compactMap { entry($0, laneField: laneField, colorField: colorField) }
    }

    private func entry(_ deal: Deal, laneField: String, colorField: String) -> TimelineEntry? {
        let pages = DealPages(context: context)
        guard let span = pages.span(deal) else { return nil }
        let amount = NumberFormatting.money(deal.amount, language: language)
        var tooltip = "\(deal.header.title) · \(deal.account) · \(amount) · \(config.stageLabel(deal.stage, language))"
        if let days = pages.cycleDays(deal) {
            tooltip += " · " + PageStrings.text("cycleLength", language) + " \(days) " + PageStrings.text("days", language)
        }
        var entry = TimelineEntry(
            id: "deal-" + deal.id,
            label: deal.header.title,
            url: root + "deals/\(deal.id).html",
            lane: access.label(laneField, of: deal) ?? PageStrings.text("noValue", language),
            colorKey: access.value(colorField, of: deal) ?? "",
            colorLabel: access.label(colorField, of: deal) ?? PageStrings.text("noValue", language),
            start: span.0,
            end: span.1,
            milestones: deal.keyDates.map {
                TimelineMilestone(name: pages.keyDateLabel($0.name), day: $0.date.start(fiscalYearStart: config.fiscalYearStart))
            },
            tooltip: tooltip,
            extraColumns: [deal.account, amount]
        )
        entry.filterValues = [
            "owner": deal.owner, "stage": deal.stage, "region": deal.region ?? "",
            "tag": deal.header.tags.joined(separator: "|"),
        ]
        return entry
    }
}
