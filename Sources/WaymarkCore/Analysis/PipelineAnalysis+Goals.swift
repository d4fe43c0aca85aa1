extension PipelineAnalysis {
    /// The goal's metric over the deals that match its filter and close within its period.
    ///
    /// - won-revenue, won-deals: won deals closing in the period.
    /// - new-accounts: accounts whose first won deal, over all deals, closes in the period.
    /// - pipeline: open deals expected to close in the period.
    // NOTE: reading `pipeline` as "open deals expected to close in the period" is a choice;
    // a goal about pipeline created in the period would need the `opened` date instead.
    static func progress(of goal: Goal, deals: [Deal], _ measures: DealMeasures) -> GoalProgress {
        let fiscal = measures.config.fiscalYearStart
        let period = goal.period.start(fiscalYearStart: fiscal)...goal.period.end(fiscalYearStart: fiscal)
        let inPeriod = deals.filter { deal in
            guard let close = measures.closeDay(deal) else { return false }
            return period.contains(close) && measures.matches(deal, filter: goal.filter)
        }
        let won = inPeriod.filter(measures.isWon)
        let actual: Double
        switch goal.metric {
        case .wonRevenue:
            actual = won.reduce(0) { $0 + measures.amount($1) }
        case .wonDeals:
            actual = Double(won.count)
        case .newAccounts:
            let earlier = Set(deals.filter { deal in
                guard measures.isWon(deal), let close = measures.closeDay(deal) else { return false }
                return close < period.lowerBound
            }.map(\.account))
            actual = Double(Set(won.map(\.account)).subtracting(earlier).count)
        case .pipeline:
            actual = inPeriod.filter(measures.isOpen).reduce(0) { $0 + measures.amount($1) }
        }
        return GoalProgress(goal: goal, actual: actual)
    }
}
