/// The internal feature page's demand section: the requesting accounts with their deal amounts
/// and owners, and once the feature is released, the accounts to call back.
extension FeaturePages {
    func demandContext(_ demand: FeatureDemand?, path: String) -> TemplateValue {
        guard let demand else { return .null }
        let rows = DemandRows(context: context)
        return .object([
            "sentence": .string(rows.sentence(demand)),
            "total": .string(rows.money(demand.totalAmount)),
            "amountsNote": .string(AnalysisText.format("amountsIn", context.language, context.config.currency)),
            "accounts": .list(demand.accounts.map { rows.account($0, path: path) }),
            "isReleased": .bool(demand.isReleased),
            "customFieldTotals": rows.customFieldTotals(demand),
            "callbacksURL": .string(PageContext.root(of: path) + "callbacks.html"),
        ])
    }
}
