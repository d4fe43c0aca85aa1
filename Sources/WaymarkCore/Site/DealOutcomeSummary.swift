/// The deals of one timeline page counted by stage state (open, won, lost): how many there are,
/// how many the timeline draws and their amount, so the deals left off the drawing still count.
struct DealOutcomeSummary {
    struct Row {
        var state: SiteConfig.Stage.State
        var count: Int
        var drawn: Int
        /// The total in the reporting currency.
        var amount: Double
    }

    let rows: [Row]

    init(all deals: [Deal], drawn: [Deal], measures: DealMeasures) {
        let drawnIDs = Set(drawn.map(\.id))
        rows = SiteConfig.Stage.State.allCases.map { state in
            let matching = deals.filter { measures.state($0) == state }
            return Row(
                state: state,
                count: matching.count,
                drawn: matching.filter { drawnIDs.contains($0.id) }.count,
                amount: matching.reduce(0) { $0 + measures.amount($1) }
            )
        }
    }

    func count(_ state: SiteConfig.Stage.State) -> Int {
        rows.first { $0.state == state }?.count ?? 0
    }

    func templateRows(currency: String, language: Language) -> TemplateValue {
        .list(rows.map { row in
            .object([
                "label": .string(PageStrings.text("state." + row.state.rawValue, language)),
                "count": .int(row.count),
                "drawn": .int(row.drawn),
                "amount": .string(NumberFormatting.money(row.amount, currency: currency, language: language)),
            ])
        })
    }

    func json(currency: String) -> TemplateValue {
        var object: [String: TemplateValue] = ["currency": .string(currency)]
        for row in rows {
            object[row.state.rawValue] = .object(["count": .int(row.count), "drawn": .int(row.drawn), "amount": .double(row.amount)])
        }
        return .object(object)
    }
}
