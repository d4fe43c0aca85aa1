/// The per-deal facts every analysis needs: the stage's state, the amount in the reporting
/// currency, the probability and the calendar days behind the deal's dates.
struct DealMeasures: Sendable {
    let config: SiteConfig
    let conversion: CurrencyConversion

    init(config: SiteConfig) {
        self.config = config
        self.conversion = CurrencyConversion(config: config)
    }

    /// Nil for a stage missing from the configured list.
    func state(_ deal: Deal) -> SiteConfig.Stage.State? {
        config.stage(deal.stage)?.state
    }

    func isOpen(_ deal: Deal) -> Bool { state(deal) == .open }
    func isWon(_ deal: Deal) -> Bool { state(deal) == .won }
    func isLost(_ deal: Deal) -> Bool { state(deal) == .lost }

    /// The amount in the reporting currency; 0 when the currency has no rate, which
    /// `CurrencyConversion.validate` reports as an error before any page is built.
    func amount(_ deal: Deal) -> Double {
        conversion.convert(deal.amount) ?? 0
    }

    func probability(_ deal: Deal) -> Double {
        deal.probability ?? config.stage(deal.stage)?.probability ?? 0
    }

    /// The last day of the close date, so `close: 2027-03` counts as 2027-03-31.
    func closeDay(_ deal: Deal) -> CalendarDay? {
        deal.close?.end(fiscalYearStart: config.fiscalYearStart)
    }

    /// Days from the first day of `opened` to the last day of `close`, when both are known.
    func cycleDays(_ deal: Deal) -> Int? {
        guard let opened = deal.opened, let close = closeDay(deal) else { return nil }
        return opened.start(fiscalYearStart: config.fiscalYearStart).days(until: close)
    }

    /// Whether every `field: value` pair of a goal's filter matches the deal.
    func matches(_ deal: Deal, filter: [String: String]) -> Bool {
        filter.allSatisfy { field, value in fieldValue(deal, field) == value }
    }

    private func fieldValue(_ deal: Deal, _ field: String) -> String? {
        switch field {
        case "region": deal.region
        case "owner": deal.owner
        case "stage": deal.stage
        case "product": deal.product
        case "team": deal.header.team
        case "account": deal.account
        case "currency": deal.amount.currency
        default: nil
        }
    }
}
