/// Reads `roadmap.yml` into a `SiteConfig`, starting from the defaults and reporting every bad value.
enum ConfigDecoder {
    static let fileName = "roadmap.yml"

    static let knownFields: Set<String> = [
        "title", "language", "currency", "fiscal_year_start", "base_url", "statuses", "stages", "glossary",
        "public", "exchange_rates", "pipeline", "custom_fields", "views", "teams", "deal_timeline",
    ]

    static func decode(yaml: String, file: String = fileName) -> (config: SiteConfig, diagnostics: [Diagnostic]) {
        var config = SiteConfig()
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(yaml)
        } catch {
            return (config, [error.diagnostic(file: file)])
        }
        guard let root else { return (config, []) }
        guard let mapping = root.mapping else {
            let diagnostic = Diagnostic(
                at: SourceLocation(file: file, line: root.mark.line, column: root.mark.column),
                problem: LocalizedText(en: "roadmap.yml is \(root.kindName.en)", zh: "roadmap.yml 是\(root.kindName.zh)"),
                expected: LocalizedText(en: "`setting: value` lines", zh: "`设置: 值` 形式的若干行")
            )
            return (config, [diagnostic])
        }
        var reader = FieldReader(mapping: mapping, file: file, firstLine: 1)

        if let title = reader.string("title") { config.title = title }
        config.languages = decodeLanguages(&reader) ?? config.languages
        if let currency = reader.string("currency") {
            config.currency = ItemDecoder(config: config).decodeCurrencyValue(currency, key: "currency", &reader)
        }
        if let month = reader.number("fiscal_year_start") {
            if month == month.rounded(), (1...12).contains(Int(month)) {
                config.fiscalYearStart = Int(month)
            } else {
                reader.report(
                    "fiscal_year_start", at: nil,
                    problem: LocalizedText(en: "`\(NumberFormatting.plain(month))` is not a month", zh: "`\(NumberFormatting.plain(month))` 不是月份"),
                    expected: LocalizedText(en: "a month number from 1 to 12", zh: "1 到 12 的月份数字")
                )
            }
        }
        if let baseURL = reader.string("base_url") { config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        if let statuses = decodeStatuses(&reader) { config.statuses = statuses }
        if let stages = decodeStages(&reader) { config.stages = stages }
        for pair in reader.mappingPairs("glossary") ?? [] {
            guard let customer = pair.value.string, !customer.isEmpty else {
                reader.reportWrongShape("glossary", pair.value, expected: LocalizedText(en: "the customers' term as text", zh: "客户用语（文字）"))
                continue
            }
            config.glossary.append((internal: pair.key, customer: customer))
        }
        // Longer terms first, so `北极星项目` is replaced before `北极星`.
        config.glossary.sort { ($0.internal.count, $0.internal) > ($1.internal.count, $1.internal) }
        decodePublicRules(&config, &reader)
        for pair in reader.mappingPairs("exchange_rates") ?? [] {
            guard let text = pair.value.string, let rate = FieldReader.parseNumber(text), rate > 0 else {
                reader.report(
                    "exchange_rates", at: pair.value.mark,
                    problem: LocalizedText(en: "the rate for `\(pair.key)` is not a positive number", zh: "`\(pair.key)` 的汇率不是正数"),
                    expected: LocalizedText(en: "units of the reporting currency per 1 \(pair.key), e.g. `7.1`", zh: "1 \(pair.key) 折合报告货币的数额，例如 `7.1`")
                )
                continue
            }
            config.exchangeRates[pair.key] = rate
        }
        decodePipelineRules(&config, &reader)
        config.views = ViewConfigDecoder.decodeViews(&reader, config: config)
        config.dealTimelineLimit = ViewConfigDecoder.decodeDealTimeline(&reader) ?? config.dealTimelineLimit
        config.customFields = decodeCustomFields(&reader)
        for pair in mapping where !knownFields.contains(pair.key) {
            let nearest = Suggestions.closest(to: pair.key, among: knownFields.sorted(), limit: 1)
            reader.report(
                pair.key, at: pair.keyMark,
                problem: LocalizedText(en: "unknown setting `\(pair.key)`", zh: "未知的设置 `\(pair.key)`"),
                hint: nearest.first.map { LocalizedText(en: "did you mean `\($0)`?", zh: "是否应为 `\($0)`？") },
                severity: .warning
            )
        }
        return (config, reader.diagnostics)
    }

    private static func decodeLanguages(_ reader: inout FieldReader) -> [Language]? {
        guard let node = reader.node("language") else { return nil }
        let nodes = node.sequence ?? [node]
        var languages: [Language] = []
        for item in nodes {
            guard let code = item.string, let language = Language(rawValue: code) else {
                reader.report(
                    "language", at: item.mark,
                    problem: LocalizedText(en: "unsupported language `\(item.string ?? "…")`", zh: "不支持的语言 `\(item.string ?? "…")`"),
                    expected: LocalizedText(en: "`zh-CN` or `en`, or a list of them", zh: "`zh-CN` 或 `en`，或二者的列表")
                )
                continue
            }
            if !languages.contains(language) { languages.append(language) }
        }
        return languages.isEmpty ? nil : languages
    }

    static func decodeLabels(_ node: YAMLNode?, fallback: String, _ reader: inout FieldReader, field: String) -> [Language: String] {
        var labels: [Language: String] = [:]
        guard let node else { return [.zhCN: fallback, .en: fallback] }
        if let single = node.string { return [.zhCN: single, .en: single] }
        for pair in node.mapping ?? [] {
            guard let language = Language(rawValue: pair.key) else {
                reader.report(
                    field, at: pair.keyMark,
                    problem: LocalizedText(en: "unknown language `\(pair.key)` in a label", zh: "标签中的语言 `\(pair.key)` 无效"),
                    expected: LocalizedText(en: "`zh-CN` and `en`", zh: "`zh-CN` 和 `en`")
                )
                continue
            }
            labels[language] = pair.value.string ?? fallback
        }
        for language in Language.allCases where labels[language] == nil {
            labels[language] = labels.values.sorted().first ?? fallback
        }
        return labels
    }

    private static func decodeStatuses(_ reader: inout FieldReader) -> [SiteConfig.Status]? {
        guard let entries = reader.sequenceItems("statuses") else { return nil }
        var statuses: [SiteConfig.Status] = []
        for entry in entries {
            guard let pairs = entry.mapping else {
                reader.reportWrongShape("statuses", entry, expected: LocalizedText(en: "`{id: planned, label: {zh-CN: …, en: …}}`", zh: "`{id: planned, label: {zh-CN: …, en: …}}`"))
                continue
            }
            var entryReader = reader.nested(pairs, at: entry.mark, in: "statuses")
            guard let id = entryReader.identifier("id", required: true) else {
                for diagnostic in entryReader.diagnostics { reader.append(diagnostic) }
                continue
            }
            let labels = decodeLabels(entryReader.node("label"), fallback: id, &entryReader, field: "statuses.label")
            let released = entryReader.string("released").map { ["true", "yes"].contains($0.lowercased()) } ?? (id == "released")
            for diagnostic in entryReader.diagnostics { reader.append(diagnostic) }
            statuses.append(SiteConfig.Status(id: id, labels: labels, isReleased: released))
        }
        return statuses.isEmpty ? nil : statuses
    }

    private static func decodeStages(_ reader: inout FieldReader) -> [SiteConfig.Stage]? {
        guard let entries = reader.sequenceItems("stages") else { return nil }
        var stages: [SiteConfig.Stage] = []
        for entry in entries {
            guard let pairs = entry.mapping else {
                reader.reportWrongShape("stages", entry, expected: LocalizedText(en: "`{id: demo, label: {zh-CN: …, en: …}, probability: 0.35, state: open}`", zh: "`{id: demo, label: {zh-CN: …, en: …}, probability: 0.35, state: open}`"))
                continue
            }
            var entryReader = reader.nested(pairs, at: entry.mark, in: "stages")
            guard let id = entryReader.identifier("id", required: true) else {
                for diagnostic in entryReader.diagnostics { reader.append(diagnostic) }
                continue
            }
            let labels = decodeLabels(entryReader.node("label"), fallback: id, &entryReader, field: "stages.label")
            let state = entryReader.choice("state", SiteConfig.Stage.State.self) ?? .open
            let defaultProbability: Double = state == .won ? 1 : (state == .lost ? 0 : 0.5)
            let probability = entryReader.probability("probability") ?? defaultProbability
            for diagnostic in entryReader.diagnostics { reader.append(diagnostic) }
            stages.append(SiteConfig.Stage(id: id, labels: labels, probability: probability, state: state))
        }
        return stages.isEmpty ? nil : stages
    }

    private static func decodePublicRules(_ config: inout SiteConfig, _ reader: inout FieldReader) {
        guard let pairs = reader.mappingPairs("public") else { return }
        var rules = FieldReader(mapping: pairs, file: reader.file, firstLine: reader.firstLine)
        if let dates = rules.choice("dates", SiteConfig.PublicDates.self) { config.publicDates = dates }
        if let node = rules.node("disclaimer") {
            config.disclaimer = decodeLabels(node, fallback: "", &rules, field: "public.disclaimer")
        }
        for diagnostic in rules.diagnostics { reader.append(diagnostic) }
    }

    private static func decodePipelineRules(_ config: inout SiteConfig, _ reader: inout FieldReader) {
        guard let pairs = reader.mappingPairs("pipeline") else { return }
        var rules = FieldReader(mapping: pairs, file: reader.file, firstLine: reader.firstLine)
        if let share = rules.probability("bottleneck_share") { config.bottleneckShare = share }
        if let days = rules.number("aging_days"), days >= 0 { config.agingDays = Int(days) }
        for diagnostic in rules.diagnostics { reader.append(diagnostic) }
    }
}
