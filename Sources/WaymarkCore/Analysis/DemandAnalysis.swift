/// Features ranked by the revenue behind their requests, and the accounts to call back once a
/// feature is released. Amounts are open or won deals in the reporting currency.
///
/// An account's deals count for a feature when a request of the account names the deal or the
/// deal lists the feature under `features`. An account with neither counts all its open or won
/// deals, and an account with none counts as zero revenue.
public struct DemandAnalysis: Sendable {
    /// Features with at least one request, by total amount, then by account count, then by id.
    public var features: [FeatureDemand]

    public init(roadmap: Roadmap, today: CalendarDay) {
        let measures = DealMeasures(config: roadmap.config)
        let counted = roadmap.deals.filter { measures.isOpen($0) || measures.isWon($0) }
        let dealsByAccount = Dictionary(grouping: counted, by: \.account)
        let accountOwners = Dictionary(
            roadmap.accounts.compactMap { account in account.owner.map { (account.name, $0) } },
            uniquingKeysWith: { first, _ in first }
        )
        let requestsByFeature = Dictionary(grouping: roadmap.requests, by: \.feature)
        var demands: [FeatureDemand] = []
        for feature in roadmap.features {
            guard let requests = requestsByFeature[feature.id], !requests.isEmpty else { continue }
            let accounts = DemandAnalysis.accounts(
                feature: feature, requests: requests, dealsByAccount: dealsByAccount, accountOwners: accountOwners, measures
            )
            let deals = accounts.flatMap(\.deals)
            demands.append(FeatureDemand(
                feature: feature,
                accounts: accounts,
                isReleased: DemandAnalysis.isReleased(feature, config: roadmap.config, today: today),
                customFieldTotals: DemandAnalysis.customFieldTotals(deals, config: roadmap.config, measures.conversion)
            ))
        }
        features = demands.sorted { left, right in
            if left.totalAmount != right.totalAmount { return left.totalAmount > right.totalAmount }
            if left.accountCount != right.accountCount { return left.accountCount > right.accountCount }
            return left.feature.id < right.feature.id
        }
    }

    /// Released features only, in the ranking's order.
    public var released: [FeatureDemand] { features.filter(\.isReleased) }

    public func demand(for featureID: String) -> FeatureDemand? {
        features.first { $0.feature.id == featureID }
    }

    /// Returns whether the feature has shipped: its status is a released one, or its `released` date has begun by today.
    public static func isReleased(_ feature: Feature, config: SiteConfig, today: CalendarDay) -> Bool {
        if config.status(feature.status)?.isReleased == true { return true }
        guard let released = feature.released else { return false }
        return released.start(fiscalYearStart: config.fiscalYearStart) <= today
    }

    private static func accounts(
        feature: Feature, requests: [Request], dealsByAccount: [String: [Deal]], accountOwners: [String: String], _ measures: DealMeasures
    ) -> [AccountDemand] {
        let byAccount = Dictionary(grouping: requests, by: \.account)
        let demands = byAccount.keys.sorted().map { account -> AccountDemand in
            let accountRequests = (byAccount[account] ?? []).sorted { ($0.date?.description ?? "", $0.id) < ($1.date?.description ?? "", $1.id) }
            let deals = countedDeals(feature: feature, requests: accountRequests, all: dealsByAccount[account] ?? [])
            var owners: [String] = []
            for deal in deals where !owners.contains(deal.owner) { owners.append(deal.owner) }
            if owners.isEmpty, let owner = accountOwners[account] { owners = [owner] }
            return AccountDemand(
                account: account, requests: accountRequests, deals: deals,
                amount: deals.reduce(0) { $0 + measures.amount($1) }, owners: owners
            )
        }
        return demands.sorted { $0.amount == $1.amount ? $0.account < $1.account : $0.amount > $1.amount }
    }

    private static func countedDeals(feature: Feature, requests: [Request], all: [Deal]) -> [Deal] {
        let named = Set(requests.compactMap(\.deal))
        let linked = all.filter { named.contains($0.id) || $0.features.contains(feature.id) }
        return (linked.isEmpty ? all : linked).sorted { $0.id < $1.id }
    }

    static func customFieldTotals(_ deals: [Deal], config: SiteConfig, _ conversion: CurrencyConversion) -> [CustomFieldTotal] {
        config.customFields.filter { $0.isNumeric && $0.applies(to: .deal) }.compactMap { field -> CustomFieldTotal? in
            var total = 0.0
            var count = 0
            for deal in deals {
                switch deal.header.customFields[field.id] {
                case .number(let value)?:
                    total += value
                    count += 1
                case .money(let money)?:
                    total += conversion.convert(money) ?? 0
                    count += 1
                default:
                    continue
                }
            }
            return count == 0 ? nil : CustomFieldTotal(fieldID: field.id, total: total, dealCount: count)
        }
    }
}
