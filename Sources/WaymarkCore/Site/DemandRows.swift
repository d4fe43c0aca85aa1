/// Template values for demand figures shared by the demand view, the call-back list and the
/// internal feature page, so the three show an account, its deals and its owners alike.
struct DemandRows {
    let context: PageContext

    private var roadmap: Roadmap { context.roadmap }
    private var language: Language { context.language }

    func money(_ amount: Double) -> String {
        NumberFormatting.money(amount, currency: context.config.currency, language: language)
    }

    /// "6 accounts, every one with ¥720,000 or more in open or won deals", and the zero-revenue note.
    func sentence(_ demand: FeatureDemand) -> String {
        let smallest = money(demand.smallestAmount ?? 0)
        var text = demand.accountCount == 1
            ? AnalysisText.format("demandSentenceOne", language, smallest)
            : AnalysisText.format("demandSentence", language, String(demand.accountCount), smallest)
        if demand.accountsWithoutDeal > 0 {
            text += " " + AnalysisText.format("demandWithoutDeal", language, String(demand.accountsWithoutDeal))
        }
        return text
    }

    func owners(_ ids: [String], path: String) -> TemplateValue {
        .list(ids.map { id in
            .object([
                "name": .string(roadmap.repName(id)),
                "url": roadmap.rep(id) == nil ? .null : .string(PageContext.root(of: path) + "reps/\(id).html"),
            ])
        })
    }

    func account(_ demand: AccountDemand, path: String) -> TemplateValue {
        let root = PageContext.root(of: path)
        return .object([
            "account": .string(demand.account),
            "amount": .string(money(demand.amount)),
            "hasDeal": .bool(demand.hasDeal),
            "deals": .list(demand.deals.map { deal in
                .object([
                    "title": .string(deal.header.title),
                    "url": .string(root + "deals/\(deal.id).html"),
                    "amount": .string(NumberFormatting.money(deal.amount, language: language)),
                    "stageLabel": .string(context.config.stageLabel(deal.stage, language)),
                ])
            }),
            "owners": owners(demand.owners, path: path),
            "requestCount": .int(demand.requests.count),
        ])
    }

    func customFieldTotals(_ demand: FeatureDemand) -> TemplateValue {
        .list(demand.customFieldTotals.compactMap { total -> TemplateValue? in
            guard let field = context.config.customField(total.fieldID) else { return nil }
            let value = field.type == .currency ? money(total.total) : NumberFormatting.grouped(total.total, decimals: total.total == total.total.rounded() ? 0 : 2)
            return .string(AnalysisText.format("customFieldTotal", language, field.label(language), value, String(total.dealCount)))
        })
    }

    func json(_ demand: FeatureDemand) -> TemplateValue {
        .object([
            "feature": .string(demand.feature.id),
            "title": .string(demand.feature.header.title),
            "status": .string(demand.feature.status),
            "released": .bool(demand.isReleased),
            "currency": .string(context.config.currency),
            "accountCount": .int(demand.accountCount),
            "totalAmount": .double(demand.totalAmount),
            "smallestAmount": demand.smallestAmount.map(TemplateValue.double) ?? .null,
            "accountsWithoutDeal": .int(demand.accountsWithoutDeal),
            "accounts": .list(demand.accounts.map { account in
                .object([
                    "account": .string(account.account),
                    "amount": .double(account.amount),
                    "hasDeal": .bool(account.hasDeal),
                    "deals": .list(account.deals.map { .string($0.id) }),
                    "owners": .list(account.owners.map(TemplateValue.string)),
                    "requests": .list(account.requests.map { .string($0.id) }),
                ])
            }),
            "customFieldTotals": .list(demand.customFieldTotals.map { total in
                .object(["field": .string(total.fieldID), "total": .double(total.total), "dealCount": .int(total.dealCount)])
            }),
        ])
    }
}
