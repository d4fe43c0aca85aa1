/// The internal slip report `slips.html` and its JSON twin `slips.json`.
struct SlipsPage {
    let context: PageContext
    let history: ContentHistory

    static let path = "slips.html"
    static let jsonPath = "slips.json"

    private var language: Language { context.language }

    func render() -> [OutputFile] {
        let slips = SlipReport(history: history, fiscalYearStart: context.config.fiscalYearStart).slips()
        return [page(slips), OutputFile(path: context.languageFolder + Self.jsonPath, text: JSONText.encode(json(slips)))]
    }

    private func page(_ slips: [DateSlip]) -> OutputFile {
        let title = PageStrings.text("slips", language)
        let body = context.theme.render("slips", context.bodyContext(path: Self.path, title: title, [
            "intro": .string(PageStrings.text("slipsIntro", language)),
            "unavailable": HistoryText.unavailable(history, language: language, detailed: true).map(TemplateValue.string) ?? .null,
            "slips": .list(slips.map(row)),
            "hasSlips": .bool(!slips.isEmpty),
            "isEmpty": .bool(history.isAvailable && slips.isEmpty),
        ]))
        return context.page(path: Self.path, title: title, navigationKey: "slips", body: body, jsonPath: Self.jsonPath)
    }

    private func row(_ slip: DateSlip) -> TemplateValue {
        let isFeature = slip.kind == .feature
        let exists = isFeature ? context.roadmap.feature(slip.id) != nil : context.roadmap.deal(slip.id) != nil
        let url = (isFeature ? "features/" : "deals/") + slip.id + ".html"
        return .object([
            "title": .string(slip.title),
            "url": exists ? .string(url) : .null,
            "kindLabel": .string(PageStrings.text(isFeature ? "feature" : "deal", language)),
            "fieldLabel": .string(PageStrings.text(slip.field.rawValue, language)),
            "moves": .int(slip.moves),
            "first": .string(context.date(slip.first) ?? slip.first.description),
            "latest": .string(context.date(slip.latest) ?? slip.latest.description),
            "slipDays": .string(slip.slipDays > 0 ? "+" + String(slip.slipDays) : String(slip.slipDays)),
            "isLate": .bool(slip.slipDays > 0),
            "lastMoved": .string(context.date(.day(slip.lastMoved)) ?? slip.lastMoved.description),
        ])
    }

    private func json(_ slips: [DateSlip]) -> TemplateValue {
        var object: [String: TemplateValue] = [
            "title": .string(PageStrings.text("slips", language)),
            "language": .string(language.rawValue),
            "available": .bool(history.isAvailable),
            "slips": .list(slips.map { slip in
                .object([
                    "kind": .string(slip.kind.rawValue),
                    "id": .string(slip.id),
                    "title": .string(slip.title),
                    "field": .string(slip.field.rawValue),
                    "moves": .int(slip.moves),
                    "first": .string(slip.first.description),
                    "latest": .string(slip.latest.description),
                    "slipDays": .int(slip.slipDays),
                    "lastMoved": .string(slip.lastMoved.description),
                ])
            }),
        ]
        if let reason = HistoryText.unavailable(history, language: language, detailed: true) { object["unavailableReason"] = .string(reason) }
        return .object(object)
    }
}
