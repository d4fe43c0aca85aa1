/// The internal demand view (`demand.html`) ranks features by the revenue behind their requests
/// and filters by team, product and status. The call-back list (`callbacks.html`) covers the
/// released features. Both pages have JSON twins.
struct DemandPages {
    let context: PageContext
    let analysis: DemandAnalysis

    private var config: SiteConfig { context.config }
    private var language: Language { context.language }
    private var rows: DemandRows { DemandRows(context: context) }

    /// The kinds the ranking reads: features, their requests, the accounts' deals and owners.
    static let kinds: Set<ItemKind> = [.feature, .request, .deal, .rep, .account]

    init(context: PageContext) {
        self.context = context
        self.analysis = DemandAnalysis(roadmap: context.roadmap, today: context.today)
    }

    func render() -> [OutputFile] {
        [
            demandPage(),
            OutputFile(path: context.languageFolder + "demand.json", text: JSONText.encode(.object([
                "currency": .string(config.currency),
                "features": .list(analysis.features.map(rows.json)),
            ]))),
            callbacksPage(),
            OutputFile(path: context.languageFolder + "callbacks.json", text: JSONText.encode(.object([
                "currency": .string(config.currency),
                "features": .list(analysis.released.map(rows.json)),
            ]))),
        ]
    }

    private func filterValues(_ demand: FeatureDemand) -> [String: String] {
        ["team": demand.feature.header.team ?? "", "product": demand.feature.product ?? "", "status": demand.feature.status]
    }

    private var filterControls: FilterControls {
        var statuses: [String: String] = [:]
        for status in config.statuses { statuses[status.id] = config.statusLabel(status.id, language) }
        return FilterControls(dimensions: [
            .init(key: "team", label: PageStrings.text("team", language)),
            .init(key: "product", label: PageStrings.text("product", language)),
            .init(key: "status", label: PageStrings.text("status", language), valueLabels: statuses),
        ])
    }

    private func featureValue(_ demand: FeatureDemand, rank: Int, path: String) -> TemplateValue {
        let feature = demand.feature
        return .object([
            "rank": .int(rank),
            "id": .string(feature.id),
            "title": .string(feature.header.title),
            "url": .string(PageContext.root(of: path) + "features/\(feature.id).html"),
            "status": .string(feature.status),
            "statusLabel": .string(config.statusLabel(feature.status, language)),
            "team": feature.header.team.map(TemplateValue.string) ?? .null,
            "product": feature.product.map(TemplateValue.string) ?? .null,
            "released": context.date(feature.released).map(TemplateValue.string) ?? .null,
            "isReleased": .bool(demand.isReleased),
            "accountCount": .int(demand.accountCount),
            "total": .string(rows.money(demand.totalAmount)),
            "smallest": .string(rows.money(demand.smallestAmount ?? 0)),
            "sentence": .string(rows.sentence(demand)),
            "accounts": .list(demand.accounts.map { rows.account($0, path: path) }),
            "customFieldTotals": rows.customFieldTotals(demand),
            "filterData": .list(filterValues(demand).sorted { $0.key < $1.key }.map {
                .object(["key": .string($0.key), "value": .string($0.value)])
            }),
        ])
    }

    private func chart() -> String {
        BarChart(
            title: PageStrings.text("demandChart", language),
            bars: analysis.features.prefix(15).map { demand in
                BarChart.Bar(
                    label: demand.feature.header.title,
                    value: demand.totalAmount,
                    valueText: rows.money(demand.totalAmount) + " · " + AnalysisText.format(demand.accountCount == 1 ? "accountsShortOne" : "accountsShort", language, String(demand.accountCount))
                )
            },
            idPrefix: "wm-demand"
        ).svg()
    }

    private func demandPage() -> OutputFile {
        let path = "demand.html"
        let title = PageStrings.text("demand", language)
        let features = analysis.features.enumerated().map { featureValue($1, rank: $0 + 1, path: path) }
        let body = context.theme.render("demand", context.bodyContext(path: path, title: title, [
            "amountsNote": .string(AnalysisText.format("amountsIn", language, config.currency)),
            "chart": .string(chart()),
            "features": .list(features),
            "hasFeatures": .bool(!features.isEmpty),
            "hasFilters": .bool(true),
            "filters": filterControls.context(analysis.features.map(filterValues)),
        ]))
        return context.page(path: path, title: title, navigationKey: "demand", body: body, jsonPath: "demand.json", script: true)
    }

    private func callbacksPage() -> OutputFile {
        let path = "callbacks.html"
        let title = PageStrings.text("callbacks", language)
        let features = analysis.released.enumerated().map { featureValue($1, rank: $0 + 1, path: path) }
        let body = context.theme.render("callbacks", context.bodyContext(path: path, title: title, [
            "amountsNote": .string(AnalysisText.format("amountsIn", language, config.currency)),
            "features": .list(features),
            "hasFeatures": .bool(!features.isEmpty),
        ]))
        return context.page(path: path, title: title, navigationKey: "demand", body: body, jsonPath: "callbacks.json")
    }
}
