/// The per-kind field decoders. Each reads its fields through the `FieldReader`, so every bad
/// value is reported, and checks the rules within one item (an end before its start).
extension ItemDecoder {
    func decodeFeature(_ header: ItemHeader, _ reader: inout FieldReader) -> Feature? {
        let status = reader.oneOf("status", config.statuses.map(\.id)) ?? config.statuses.first?.id ?? "planned"
        let start = reader.date("start")
        let end = reader.date("end")
        let horizon = reader.choice("horizon", Feature.Horizon.self)
        if horizon != nil, start != nil || end != nil {
            reader.report(
                "horizon", at: nil,
                problem: LocalizedText(en: "a feature has both dates and a horizon", zh: "功能同时设置了日期和 horizon"),
                expected: LocalizedText(en: "either `start`/`end` or `horizon`, never both", zh: "`start`/`end` 与 `horizon` 二选一"),
                hint: LocalizedText(en: "remove `horizon` for a dated feature, or the dates for a date-free one", zh: "有日期的功能请删除 `horizon`，无日期的请删除日期")
            )
        }
        checkOrder(start: start, end: end, startField: "start", endField: "end", &reader)
        let visibility = reader.choice("visibility", Feature.Visibility.self) ?? .internal
        let media = decodeMedia(header, &reader)
        return Feature(
            header: header,
            status: status,
            start: start,
            end: end,
            horizon: horizon,
            summary: reader.string("summary"),
            publicTitle: reader.string("public_title"),
            visibility: visibility,
            media: media,
            released: reader.date("released"),
            product: reader.string("product")
        )
    }

    private func decodeMedia(_ header: ItemHeader, _ reader: inout FieldReader) -> [Feature.Media] {
        guard let entries = reader.sequenceItems("media") else { return [] }
        var media: [Feature.Media] = []
        for entry in entries {
            guard let pairs = entry.mapping else {
                reader.reportWrongShape("media", entry, expected: LocalizedText(en: "`{type: image, src: FILE}` or `{type: video, url: https://…}`", zh: "`{type: image, src: 文件}` 或 `{type: video, url: https://…}`"))
                continue
            }
            var entryReader = reader.nested(pairs, at: entry.mark, in: "media")
            let type = entryReader.choice("type", Feature.Media.MediaType.self) ?? .link
            let file = entryReader.string("src")
            let url = entryReader.string("url")
            let title = entryReader.string("title") ?? entryReader.string("alt")
            if file == nil, url == nil {
                entryReader.report(
                    "media", at: entry.mark,
                    problem: LocalizedText(en: "a media entry has neither `src` nor `url`", zh: "资料条目既没有 `src` 也没有 `url`"),
                    expected: LocalizedText(en: "`src:` a file beside the item, or `url:` an https address", zh: "`src:` 条目旁的文件，或 `url:` https 地址")
                )
            }
            if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                entryReader.report(
                    "media", at: pairs.first { $0.key == "url" }?.value.mark,
                    problem: LocalizedText(en: "`\(url)` is not a web address", zh: "`\(url)` 不是网址"),
                    expected: LocalizedText(en: "an address starting with https:// or http://", zh: "以 https:// 或 http:// 开头的地址")
                )
            }
            if let file, !header.source.bundleFiles.contains(file) {
                let hint: LocalizedText
                if header.source.bundleFolder == nil {
                    hint = LocalizedText(
                        en: "make the item a folder: move it to `\(header.id)/index.md` and put `\(file)` beside it",
                        zh: "把条目改为文件夹：移动到 `\(header.id)/index.md`，并把 `\(file)` 放在旁边"
                    )
                } else {
                    hint = LocalizedText(en: "put `\(file)` in the item's folder", zh: "把 `\(file)` 放进条目的文件夹")
                }
                entryReader.report(
                    "media", at: pairs.first { $0.key == "src" }?.value.mark,
                    problem: LocalizedText(en: "media file `\(file)` not found", zh: "找不到资料文件 `\(file)`"),
                    hint: hint
                )
            }
            for diagnostic in entryReader.diagnostics { reader.append(diagnostic) }
            media.append(Feature.Media(type: type, file: file, url: url, title: title))
        }
        return media
    }

    func decodeRequest(_ header: ItemHeader, _ reader: inout FieldReader) -> Request? {
        let account = reader.string("account", required: true)
        let feature = reader.identifier("feature", required: true)
        let request = Request(
            header: header,
            account: account ?? "",
            feature: feature ?? "",
            deal: reader.identifier("deal"),
            date: reader.date("date"),
            source: reader.oneOf("source", ["call", "email", "meeting", "chat", "other"]),
            importance: reader.oneOf("importance", ["low", "medium", "high", "critical"])
        )
        return request
    }

    func decodeDeal(_ header: ItemHeader, _ reader: inout FieldReader) -> Deal? {
        let account = reader.string("account", required: true)
        let owner = reader.identifier("owner", required: true)
        let stage = reader.oneOf("stage", config.stages.map(\.id), required: true)
        let amount = reader.number("amount")
        let currency = decodeCurrency("currency", &reader)
        let opened = reader.date("opened")
        let close = reader.date("close")
        checkOrder(start: opened, end: close, startField: "opened", endField: "close", &reader)
        var keyDates: [Deal.KeyDate] = []
        for pair in reader.mappingPairs("key_dates") ?? [] {
            if let date = reader.date(in: pair.value, field: "key_dates.\(pair.key)") {
                keyDates.append(Deal.KeyDate(name: pair.key, date: date))
            }
        }
        let deal = Deal(
            header: header,
            account: account ?? "",
            owner: owner ?? "",
            stage: stage ?? "",
            amount: Money(amount: amount ?? 0, currency: currency),
            hasAmount: amount != nil,
            probability: reader.probability("probability"),
            opened: opened,
            close: close,
            keyDates: keyDates,
            stageSince: reader.date("stage_since"),
            lostReason: reader.string("lost_reason"),
            region: reader.string("region"),
            product: reader.string("product"),
            features: reader.stringList("features")
        )
        return deal
    }

    func decodeCurrency(_ key: String, _ reader: inout FieldReader) -> String {
        guard let code = reader.string(key) else { return config.currency }
        return decodeCurrencyValue(code, key: key, &reader)
    }

    func decodeCurrencyValue(_ code: String, key: String, _ reader: inout FieldReader) -> String {
        let isCode = code.count == 3 && code.allSatisfy { $0.isASCII && $0.isUppercase }
        if !isCode {
            reader.report(
                key, at: nil,
                problem: LocalizedText(en: "`\(code)` is not a currency code", zh: "`\(code)` 不是货币代码"),
                expected: LocalizedText(en: "an ISO 4217 code such as `CNY`, `USD` or `EUR`", zh: "ISO 4217 代码，例如 `CNY`、`USD`、`EUR`")
            )
        }
        return code
    }

    func decodeRep(_ header: ItemHeader, _ reader: inout FieldReader) -> Rep? {
        let name = reader.string("name") ?? header.title
        var roles: [Rep.Role] = []
        for entry in reader.sequenceItems("roles") ?? [] {
            guard let pairs = entry.mapping else {
                reader.reportWrongShape("roles", entry, expected: LocalizedText(en: "`{title: …, since: 2024-07}`", zh: "`{title: …, since: 2024-07}`"))
                continue
            }
            var roleReader = reader.nested(pairs, at: entry.mark, in: "roles")
            let title = roleReader.string("title", required: true)
            let since = roleReader.date("since", required: true)
            for diagnostic in roleReader.diagnostics { reader.append(diagnostic) }
            if let title, let since { roles.append(Rep.Role(title: title, since: since)) }
        }
        var quotas: [Rep.Quota] = []
        for pair in reader.mappingPairs("quota") ?? [] {
            var period: RoadmapDate?
            do {
                period = try RoadmapDate(parsing: pair.key)
            } catch {
                reader.report("quota", at: pair.keyMark, problem: error.problem, expected: error.expected ?? DateText.expected)
            }
            guard let text = pair.value.string, let amount = FieldReader.parseNumber(text) else {
                reader.report("quota", at: pair.value.mark, problem: LocalizedText(en: "the quota is not a number", zh: "配额不是数字"), expected: LocalizedText(en: "a number", zh: "数字"))
                continue
            }
            if let period { quotas.append(Rep.Quota(period: period, amount: amount)) }
        }
        return Rep(
            header: header, name: name, region: reader.string("region"), manager: reader.identifier("manager"),
            joined: reader.date("joined"), roles: roles.sorted { $0.since.start(fiscalYearStart: config.fiscalYearStart) < $1.since.start(fiscalYearStart: config.fiscalYearStart) }, quotas: quotas
        )
    }

    func decodePlan(_ header: ItemHeader, _ reader: inout FieldReader) -> Plan? {
        let account = reader.string("account", required: true)
        let objective = reader.choice("objective", Plan.Objective.self, required: true)
        let start = reader.date("start")
        let end = reader.date("end")
        checkOrder(start: start, end: end, startField: "start", endField: "end", &reader)
        let revenue = reader.number("revenue")
        let currency = decodeCurrency("currency", &reader)
        let plan = Plan(
            header: header, account: account ?? "", objective: objective ?? .win, owner: reader.identifier("owner"),
            start: start, end: end, revenue: revenue.map { Money(amount: $0, currency: currency) },
            deals: reader.stringList("deals"), features: reader.stringList("features"),
            status: reader.oneOf("status", ["active", "done", "dropped"]) ?? "active",
            risk: reader.oneOf("risk", ["low", "medium", "high"])
        )
        return plan
    }

    func decodeGoal(_ header: ItemHeader, _ reader: inout FieldReader) -> Goal? {
        let metric = reader.choice("metric", Goal.Metric.self, required: true)
        let target = reader.number("target", required: true)
        let period = reader.date("period", required: true)
        var filter: [String: String] = [:]
        let filterable = ["region", "owner", "stage", "product", "team", "account", "currency"]
        for pair in reader.mappingPairs("filter") ?? [] {
            guard filterable.contains(pair.key) else {
                reader.report(
                    "filter", at: pair.keyMark,
                    problem: LocalizedText(en: "deals cannot be filtered by `\(pair.key)`", zh: "不能按 `\(pair.key)` 筛选商机"),
                    expected: LocalizedText(en: "one of \(filterable.joined(separator: ", "))", zh: "以下之一：\(filterable.joined(separator: "、"))")
                )
                continue
            }
            guard let value = pair.value.string else {
                reader.reportWrongShape("filter", pair.value, expected: LocalizedText(en: "a single value", zh: "单个值"))
                continue
            }
            filter[pair.key] = value
        }
        guard let metric, let target, let period else { return nil }
        return Goal(header: header, metric: metric, target: target, period: period, filter: filter)
    }

    func decodeAccount(_ header: ItemHeader, _ reader: inout FieldReader) -> Account? {
        Account(
            header: header, name: reader.string("name") ?? header.title, industry: reader.string("industry"),
            region: reader.string("region"), owner: reader.identifier("owner")
        )
    }

    /// Reports an end that comes before its start, comparing the first day of the start with
    /// the last day of the end, so `start: 2027-03-15, end: 2027-03` is fine.
    func checkOrder(start: RoadmapDate?, end: RoadmapDate?, startField: String, endField: String, _ reader: inout FieldReader) {
        guard let start, let end else { return }
        let fiscal = config.fiscalYearStart
        guard end.end(fiscalYearStart: fiscal) < start.start(fiscalYearStart: fiscal) else { return }
        reader.report(
            endField, at: nil,
            problem: LocalizedText(
                en: "`\(endField)` \(end) comes before `\(startField)` \(start)",
                zh: "`\(endField)` \(end) 早于 `\(startField)` \(start)"
            ),
            expected: LocalizedText(en: "an end on or after the start", zh: "结束日期不早于开始日期"),
            hint: LocalizedText(en: "swap the two dates or correct the typo", zh: "交换两个日期或修正笔误")
        )
    }
}
