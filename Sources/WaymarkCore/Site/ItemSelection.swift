/// Picks the items of a view: those matching its filter and minimum amount, sorted, then cut to
/// its limit. Ties keep the id order, so every build selects the same items.
struct ItemSelection {
    let view: ViewConfig
    let access: ItemFieldAccess
    let measures: DealMeasures

    init(view: ViewConfig, access: ItemFieldAccess) {
        self.view = view
        self.access = access
        self.measures = DealMeasures(config: access.roadmap.config)
    }

    func deals(_ deals: [Deal]) -> [Deal] {
        var kept = deals.filter { deal in
            view.filter.allSatisfy { field, values in matches(access.value(field, of: deal), values) }
        }
        if let minimum = view.minAmount { kept = kept.filter { measures.amount($0) >= minimum } }
        if let sort = view.sort { kept = sorted(kept, by: sort) }
        return limited(kept)
    }

    func features(_ features: [FeatureView]) -> [FeatureView] {
        var kept = features.filter { feature in
            view.filter.allSatisfy { field, values in matches(access.value(field, of: feature), values) }
        }
        if let sort = view.sort { kept = sorted(kept, by: sort) }
        return limited(kept)
    }

    private func matches(_ stored: String?, _ accepted: [String]) -> Bool {
        guard let stored else { return false }
        return stored.split(separator: "|").contains { accepted.contains(String($0)) }
    }

    private func limited<Item>(_ items: [Item]) -> [Item] {
        guard let limit = view.limit else { return items }
        return Array(items.prefix(limit))
    }

    private func sorted(_ deals: [Deal], by sort: ViewConfig.Sort) -> [Deal] {
        let fiscal = access.roadmap.config.fiscalYearStart
        let keyed = deals.map { deal -> (item: Deal, key: SortValue) in
            switch sort.key {
            case .amount: return (deal, .number(measures.amount(deal)))
            case .close: return (deal, .day(deal.close?.end(fiscalYearStart: fiscal)))
            case .start: return (deal, .day(deal.opened?.start(fiscalYearStart: fiscal)))
            case .title: return (deal, .text(deal.header.title))
            }
        }
        return SortValue.order(keyed, descending: sort.descending) { $0.id }
    }

    private func sorted(_ features: [FeatureView], by sort: ViewConfig.Sort) -> [FeatureView] {
        let fiscal = access.roadmap.config.fiscalYearStart
        let keyed = features.map { feature -> (item: FeatureView, key: SortValue) in
            switch sort.key {
            case .amount, .title: return (feature, .text(feature.title))
            case .close: return (feature, .day((feature.end ?? feature.released)?.end(fiscalYearStart: fiscal)))
            case .start: return (feature, .day(feature.span(fiscalYearStart: fiscal)?.start))
            }
        }
        return SortValue.order(keyed, descending: sort.descending) { $0.id }
    }
}
