/// Reads the `views:` list and the `deal_timeline:` settings of `roadmap.yml`, reporting each bad
/// value at its line and column with what was expected.
enum ViewConfigDecoder {
    static let viewFields: Set<String> = [
        "id", "title", "kinds", "filter", "group_by", "color_by", "sort", "limit", "min_amount", "unit", "range", "audience",
    ]

    private static let example = "`{id: top-deals, kinds: [deal], group_by: owner, sort: -amount, limit: 20}`"

    /// Decodes every view. Returns nil when `views` is absent, so the built-in views apply, and an
    /// empty list turns them off.
    static func decodeViews(_ reader: inout FieldReader, config: SiteConfig) -> [ViewConfig]? {
        guard let entries = reader.sequenceItems("views") else { return nil }
        var views: [ViewConfig] = []
        for entry in entries {
            guard let pairs = entry.mapping else {
                reader.reportWrongShape("views", entry, expected: LocalizedText(en: example, zh: example))
                continue
            }
            var viewReader = reader.nested(pairs, at: entry.mark, in: "views")
            let view = decodeView(&viewReader, config: config)
            if let view, views.contains(where: { $0.id == view.id }) {
                viewReader.report(
                    "id", at: nil,
                    problem: LocalizedText(en: "a second view has the id `\(view.id)`", zh: "另一个视图已使用 id `\(view.id)`"),
                    hint: LocalizedText(en: "give each view its own id, because the id names the file views/<id>.html", zh: "请为每个视图设置不同的 id，因为 id 决定文件名 views/<id>.html")
                )
            } else if let view {
                views.append(view)
            }
            for diagnostic in viewReader.diagnostics { reader.append(diagnostic) }
        }
        return views
    }

    /// Reads `deal_timeline: {limit: N}`, the number of open deals drawn on `deals.html`.
    static func decodeDealTimeline(_ reader: inout FieldReader) -> Int? {
        guard let pairs = reader.mappingPairs("deal_timeline") else { return nil }
        var settings = FieldReader(mapping: pairs, file: reader.file, firstLine: reader.firstLine)
        let limit = positiveInteger("limit", &settings)
        reportUnknownFields(&settings, allowed: ["limit"])
        for diagnostic in settings.diagnostics { reader.append(diagnostic) }
        return limit
    }

    private static func decodeView(_ reader: inout FieldReader, config: SiteConfig) -> ViewConfig? {
        guard let id = reader.identifier("id", required: true) else { return nil }
        let titles = ConfigDecoder.decodeLabels(reader.node("title"), fallback: id, &reader, field: "views.title")
        let kind = decodeKind(&reader) ?? .deal
        let audience = decodeAudience(&reader, kind: kind)
        let fields = ViewFieldChoices(kind: kind, audience: audience)
        var view = ViewConfig(
            id: id, titles: titles, kind: kind,
            filter: decodeFilter(&reader, fields: fields, config: config),
            groupBy: fields.decode("group_by", &reader) ?? (kind == .deal ? "owner" : "product"),
            colorBy: fields.decode("color_by", &reader) ?? (kind == .deal ? "stage" : "status"),
            sort: decodeSort(&reader, kind: kind),
            limit: positiveInteger("limit", &reader),
            audience: audience
        )
        view.minAmount = decodeMinAmount(&reader, kind: kind)
        view.unit = reader.choice("unit", ViewConfig.Unit.self)
        (view.rangeStart, view.rangeEnd) = decodeRange(&reader, fiscalYearStart: config.fiscalYearStart)
        reportUnknownFields(&reader, allowed: viewFields)
        return view
    }

    private static func decodeKind(_ reader: inout FieldReader) -> ViewConfig.Kind? {
        let expected = LocalizedText(en: "`[deal]` or `[feature]`", zh: "`[deal]` 或 `[feature]`")
        let names = reader.stringList("kinds")
        guard !names.isEmpty else {
            reader.reportMissing("kinds", expected: expected)
            return nil
        }
        var kinds: [ViewConfig.Kind] = []
        for name in names {
            guard let kind = ViewConfig.Kind(rawValue: name) else {
                reader.report("kinds", at: nil, problem: LocalizedText(en: "unknown kind `\(name)`", zh: "未知的类型 `\(name)`"), expected: expected)
                return nil
            }
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        guard kinds.count == 1 else {
            reader.report(
                "kinds", at: nil,
                problem: LocalizedText(en: "a view shows one kind of item, found \(names.joined(separator: ", "))", zh: "一个视图只能显示一种条目，此处为 \(names.joined(separator: "、"))"),
                expected: expected,
                hint: LocalizedText(en: "configure one view for deals and another for features", zh: "请为商机和功能分别配置视图")
            )
            return nil
        }
        return kinds.first
    }

    private static func decodeAudience(_ reader: inout FieldReader, kind: ViewConfig.Kind) -> Audience {
        guard let audience = reader.choice("audience", Audience.self) else { return .internal }
        guard audience == .public, kind == .deal else { return audience }
        reader.report(
            "audience", at: nil,
            problem: LocalizedText(en: "a deal view cannot be public", zh: "商机视图不能公开"),
            expected: LocalizedText(en: "`internal`, or `kinds: [feature]` for a public view", zh: "`internal`；公开视图需设置 `kinds: [feature]`"),
            hint: LocalizedText(en: "deals are internal, so they never appear on the public site", zh: "商机属于内部信息，不会出现在公开站点上")
        )
        return .internal
    }

    private static func decodeFilter(_ reader: inout FieldReader, fields: ViewFieldChoices, config: SiteConfig) -> [String: [String]] {
        var filter: [String: [String]] = [:]
        for pair in reader.mappingPairs("filter") ?? [] {
            guard fields.check(pair.key, at: pair.keyMark, setting: "filter", &reader) else { continue }
            let values = pair.value.sequence?.compactMap(\.string) ?? pair.value.string.map { [$0] } ?? []
            guard !values.isEmpty else {
                reader.reportWrongShape("filter", pair.value, expected: LocalizedText(en: "a value or a list of values", zh: "一个值或值的列表"))
                continue
            }
            let valid = knownValues(of: pair.key, config: config)
            for value in values where valid.map({ !$0.contains(value) }) ?? false {
                let list = (valid ?? []).map { "`\($0)`" }.joined(separator: ", ")
                reader.report(
                    "filter", at: pair.value.mark,
                    problem: LocalizedText(en: "unknown \(pair.key) `\(value)` in the filter", zh: "筛选条件中的 \(pair.key) `\(value)` 无效"),
                    expected: LocalizedText(en: "one of \(list)", zh: "以下之一：\(list)"),
                    hint: Suggestions.closest(to: value, among: valid ?? [], limit: 1).first.map { LocalizedText(en: "did you mean `\($0)`?", zh: "是否应为 `\($0)`？") }
                )
            }
            filter[pair.key] = values
        }
        return filter
    }

    /// The values a filter on `field` may name, when the configuration fixes them.
    private static func knownValues(of field: String, config: SiteConfig) -> [String]? {
        switch field {
        case "stage": return config.stages.map(\.id)
        case "state": return SiteConfig.Stage.State.allCases.map(\.rawValue)
        case "status": return config.statuses.map(\.id)
        default: return nil
        }
    }

    private static func decodeSort(_ reader: inout FieldReader, kind: ViewConfig.Kind) -> ViewConfig.Sort? {
        guard let text = reader.string("sort") else { return nil }
        let descending = text.hasPrefix("-")
        let name = descending ? String(text.dropFirst()) : text
        let keys = ViewConfig.SortKey.allCases.filter { kind == .deal || $0 != .amount }.map(\.rawValue)
        guard let key = ViewConfig.SortKey(rawValue: name), keys.contains(name) else {
            let list = keys.map { "`\($0)`" }.joined(separator: ", ")
            reader.report(
                "sort", at: nil,
                problem: LocalizedText(en: "cannot sort \(kind.rawValue) items by `\(name)`", zh: "无法按 `\(name)` 排序\(kind.rawValue)条目"),
                expected: LocalizedText(en: "one of \(list), with `-` in front for descending order", zh: "以下之一：\(list)；前加 `-` 表示降序"),
                hint: Suggestions.closest(to: name, among: keys, limit: 1).first.map { LocalizedText(en: "did you mean `\($0)`?", zh: "是否应为 `\($0)`？") }
            )
            return nil
        }
        return ViewConfig.Sort(key: key, descending: descending)
    }

    private static func positiveInteger(_ key: String, _ reader: inout FieldReader) -> Int? {
        guard let value = reader.number(key) else { return nil }
        guard value == value.rounded(), value >= 1, value < 1_000_000_000 else {
            reader.report(
                key, at: nil,
                problem: LocalizedText(en: "`\(NumberFormatting.plain(value))` is not a positive whole number", zh: "`\(NumberFormatting.plain(value))` 不是正整数"),
                expected: LocalizedText(en: "a whole number of items such as `20`", zh: "条目数量（整数），例如 `20`")
            )
            return nil
        }
        return Int(value)
    }

    private static func decodeMinAmount(_ reader: inout FieldReader, kind: ViewConfig.Kind) -> Double? {
        guard let value = reader.number("min_amount") else { return nil }
        guard kind == .deal, value >= 0 else {
            reader.report(
                "min_amount", at: nil,
                problem: kind == .deal
                    ? LocalizedText(en: "`\(NumberFormatting.plain(value))` is below zero", zh: "`\(NumberFormatting.plain(value))` 小于零")
                    : LocalizedText(en: "features have no amount", zh: "功能没有金额"),
                expected: LocalizedText(en: "an amount of zero or more in the reporting currency, on a deal view", zh: "商机视图中以报告货币计的非负金额")
            )
            return nil
        }
        return value
    }

    private static func decodeRange(_ reader: inout FieldReader, fiscalYearStart: Int) -> (RoadmapDate?, RoadmapDate?) {
        guard let pairs = reader.mappingPairs("range") else { return (nil, nil) }
        var range = FieldReader(mapping: pairs, file: reader.file, firstLine: reader.firstLine)
        let start = range.date("start")
        let end = range.date("end")
        if let start, let end, end.end(fiscalYearStart: fiscalYearStart) < start.start(fiscalYearStart: fiscalYearStart) {
            range.report(
                "end", at: nil,
                problem: LocalizedText(en: "the range ends (\(end)) before it starts (\(start))", zh: "时间范围的结束（\(end)）早于开始（\(start)）"),
                expected: LocalizedText(en: "an end on or after the start", zh: "不早于开始的结束日期")
            )
        }
        reportUnknownFields(&range, allowed: ["start", "end"])
        for diagnostic in range.diagnostics { reader.append(diagnostic) }
        return (start, end)
    }

    private static func reportUnknownFields(_ reader: inout FieldReader, allowed: Set<String>) {
        for pair in reader.unknownFields(allowed: allowed) {
            let nearest = Suggestions.closest(to: pair.key, among: allowed.sorted(), limit: 1)
            reader.report(
                pair.key, at: pair.keyMark,
                problem: LocalizedText(en: "unknown setting `\(pair.key)`", zh: "未知的设置 `\(pair.key)`"),
                expected: LocalizedText(en: "one of \(allowed.sorted().map { "`\($0)`" }.joined(separator: ", "))", zh: "以下之一：\(allowed.sorted().map { "`\($0)`" }.joined(separator: "、"))"),
                hint: nearest.first.map { LocalizedText(en: "did you mean `\($0)`?", zh: "是否应为 `\($0)`？") }
            )
        }
    }
}
