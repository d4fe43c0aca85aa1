/// Converts deal amounts to the reporting currency with the rates from `roadmap.yml`.
public struct CurrencyConversion: Sendable {
    public var reportingCurrency: String
    /// Units of the reporting currency per unit of another currency.
    public var rates: [String: Double]

    public init(config: SiteConfig) {
        reportingCurrency = config.currency
        rates = config.exchangeRates
    }

    /// The amount in the reporting currency, or nil when its currency has no rate.
    public func convert(_ money: Money) -> Double? {
        if money.currency == reportingCurrency { return money.amount }
        return rates[money.currency].map { money.amount * $0 }
    }

    /// Reports every deal and plan whose currency has no exchange rate, because its amount cannot be
    /// added to the pipeline, the win figures, the goals or the revenue at risk. Currency custom
    /// fields are checked when items are decoded.
    public static func validate(_ roadmap: Roadmap) -> [Diagnostic] {
        let conversion = CurrencyConversion(config: roadmap.config)
        var amounts = roadmap.deals.map { (money: $0.amount, header: $0.header) }
        amounts += roadmap.plans.compactMap { plan in plan.revenue.map { (money: $0, header: plan.header) } }
        return amounts.compactMap { entry in
            guard conversion.convert(entry.money) == nil else { return nil }
            let deal = (header: entry.header, amount: entry.money)
            let code = deal.amount.currency
            let reporting = conversion.reportingCurrency
            return Diagnostic(
                at: deal.header.source.location(of: "currency"),
                field: "currency",
                problem: LocalizedText(
                    en: "no exchange rate from \(code) to the reporting currency \(reporting)",
                    zh: "没有从 \(code) 到报告货币 \(reporting) 的汇率"
                ),
                expected: LocalizedText(en: "\(reporting) or a currency listed under `exchange_rates`", zh: "\(reporting) 或 `exchange_rates` 中列出的货币"),
                hint: LocalizedText(
                    en: "add `exchange_rates: {\(code): RATE}` to roadmap.yml, RATE being \(reporting) per 1 \(code)",
                    zh: "在 roadmap.yml 中加入 `exchange_rates: {\(code): 汇率}`，汇率为 1 \(code) 折合的 \(reporting) 数额"
                )
            )
        }
    }
}
