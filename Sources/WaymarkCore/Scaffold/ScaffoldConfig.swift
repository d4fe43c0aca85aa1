/// The `roadmap.yml` of a new site: language, currency, statuses, stages and the public rules.
struct ScaffoldConfig {
    var title: String
    var currency: String
    /// Units of `currency` per 1 unit of each other currency that deals use.
    var exchangeRates: [(code: String, rate: String)] = []

    func file(_ say: ScaffoldPhrases) -> ScaffoldFile {
        var lines = [
            say("# Site settings. The field reference is in docs/content-format.md of Waymark.",
                "# 站点设置。字段说明见 Waymark 的 docs/content-format.md。"),
            "title: \(title)",
            "language: \(say.language.rawValue)",
            "currency: \(currency)",
            "fiscal_year_start: 1",
            "base_url: /",
            "",
            "statuses:",
            "  - {id: exploring, label: {zh-CN: 探索中, en: Exploring}}",
            "  - {id: planned, label: {zh-CN: 已规划, en: Planned}}",
            "  - {id: in-progress, label: {zh-CN: 开发中, en: In progress}}",
            "  - {id: beta, label: {zh-CN: 公测, en: Beta}}",
            "  - {id: released, label: {zh-CN: 已发布, en: Released}}",
            "",
            "stages:",
            "  - {id: prospecting, label: {zh-CN: 初步接触, en: Prospecting}, probability: 0.1, state: open}",
            "  - {id: demo, label: {zh-CN: 产品演示, en: Demo}, probability: 0.3, state: open}",
            "  - {id: proposal, label: {zh-CN: 方案报价, en: Proposal}, probability: 0.5, state: open}",
            "  - {id: negotiation, label: {zh-CN: 商务谈判, en: Negotiation}, probability: 0.7, state: open}",
            "  - {id: won, label: {zh-CN: 赢单, en: Won}, probability: 1, state: won}",
            "  - {id: lost, label: {zh-CN: 输单, en: Lost}, probability: 0, state: lost}",
        ]
        if !exchangeRates.isEmpty {
            lines += ["", say("# Units of \(currency) per 1 unit of each currency that deals use.", "# 1 单位各交易币种折合多少 \(currency)。"), "exchange_rates:"]
            lines += exchangeRates.map { "  \($0.code): \($0.rate)" }
        }
        lines += [
            "",
            "public:",
            "  dates: quarter",
            "  disclaimer:",
            "    zh-CN: 本路线图仅供参考，不构成交付承诺，内容和时间可能调整。",
            "    en: This roadmap is for information only. It is not a commitment to deliver, and its content and timing may change.",
        ]
        return ScaffoldFile(path: "roadmap.yml", text: lines.joined(separator: "\n") + "\n")
    }
}
