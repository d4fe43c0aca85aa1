/// Reads the custom fields declared in `roadmap.yml` from one item, checking each value against
/// its declared type. Person ids are checked against the reps later, by `ReferenceResolver`.
extension ItemDecoder {
    func decodeCustomFields(kind: ItemKind, _ reader: inout FieldReader) -> [String: CustomFieldValue] {
        var values: [String: CustomFieldValue] = [:]
        for field in config.customFields where field.applies(to: kind) {
            guard let node = reader.node(field.id) else { continue }
            if let value = customValue(field, node, &reader) { values[field.id] = value }
        }
        return values
    }

    private func customValue(_ field: CustomFieldDefinition, _ node: YAMLNode, _ reader: inout FieldReader) -> CustomFieldValue? {
        switch field.type {
        case .text:
            return singleText(field, node, &reader).map(CustomFieldValue.text)
        case .person:
            return singleText(field, node, &reader).map(CustomFieldValue.person)
        case .number:
            guard let text = singleText(field, node, &reader) else { return nil }
            guard let number = FieldReader.parseNumber(text) else {
                reportWrongValue(field, node, text, expected: LocalizedText(en: "a number such as `120000`", zh: "数字，例如 `120000`"), &reader)
                return nil
            }
            return .number(number)
        case .currency:
            return singleText(field, node, &reader).flatMap { money(field, node, $0, &reader) }.map(CustomFieldValue.money)
        case .date:
            return reader.date(in: node, field: field.id).map(CustomFieldValue.date)
        case .list:
            guard let text = singleText(field, node, &reader) else { return nil }
            return option(field, node, text, &reader).map(CustomFieldValue.choice)
        case .multiList:
            let items = node.sequence ?? [node]
            var choices: [String] = []
            for item in items {
                guard let text = singleText(field, item, &reader), let choice = option(field, item, text, &reader) else { continue }
                choices.append(choice)
            }
            return .choices(choices)
        }
    }

    private func singleText(_ field: CustomFieldDefinition, _ node: YAMLNode, _ reader: inout FieldReader) -> String? {
        guard let text = node.string?.trimmingWhitespace() else {
            reader.reportWrongShape(field.id, node, expected: LocalizedText(
                en: "a single \(field.type.rawValue) value for custom field `\(field.id)`",
                zh: "自定义字段 `\(field.id)` 的单个 \(field.type.rawValue) 值"
            ))
            return nil
        }
        return text
    }

    /// Reads `120000` (the reporting currency) or `120000 USD`; a currency without an exchange rate is an error.
    private func money(_ field: CustomFieldDefinition, _ node: YAMLNode, _ text: String, _ reader: inout FieldReader) -> Money? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let expected = LocalizedText(
            en: "an amount with an optional currency code, such as `120000` or `120000 USD`",
            zh: "金额，可带货币代码，例如 `120000` 或 `120000 USD`"
        )
        guard (1...2).contains(parts.count), let amount = FieldReader.parseNumber(parts[0]) else {
            reportWrongValue(field, node, text, expected: expected, &reader)
            return nil
        }
        let code = parts.count == 2 ? parts[1].uppercased() : config.currency
        guard code == config.currency || config.exchangeRates[code] != nil else {
            reader.report(
                field.id, at: node.mark,
                problem: LocalizedText(
                    en: "no exchange rate from \(code) to the reporting currency \(config.currency)",
                    zh: "没有从 \(code) 到报告货币 \(config.currency) 的汇率"
                ),
                expected: LocalizedText(en: "\(config.currency) or a currency listed under `exchange_rates`", zh: "\(config.currency) 或 `exchange_rates` 中列出的货币"),
                hint: LocalizedText(
                    en: "add `exchange_rates: {\(code): RATE}` to roadmap.yml, RATE being \(config.currency) per 1 \(code)",
                    zh: "在 roadmap.yml 中加入 `exchange_rates: {\(code): 汇率}`，汇率为 1 \(code) 折合的 \(config.currency) 数额"
                )
            )
            return nil
        }
        return Money(amount: amount, currency: code)
    }

    private func option(_ field: CustomFieldDefinition, _ node: YAMLNode, _ text: String, _ reader: inout FieldReader) -> String? {
        guard field.options.contains(text) else {
            let list = field.options.map { "`\($0)`" }.joined(separator: ", ")
            let nearest = Suggestions.closest(to: text, among: field.options, limit: 1)
            reader.report(
                field.id, at: node.mark,
                problem: LocalizedText(en: "unknown option `\(text)` for custom field `\(field.id)`", zh: "自定义字段 `\(field.id)` 没有选项 `\(text)`"),
                expected: LocalizedText(en: "one of \(list)", zh: "以下之一：\(list)"),
                hint: nearest.first.map { LocalizedText(en: "did you mean `\($0)`?", zh: "是否应为 `\($0)`？") }
                    ?? LocalizedText(en: "add `\(text)` to the field's `options` in roadmap.yml", zh: "在 roadmap.yml 中把 `\(text)` 加入该字段的 `options`")
            )
            return nil
        }
        return text
    }

    private func reportWrongValue(
        _ field: CustomFieldDefinition, _ node: YAMLNode, _ text: String, expected: LocalizedText, _ reader: inout FieldReader
    ) {
        reader.report(
            field.id, at: node.mark,
            problem: LocalizedText(
                en: "`\(text)` is not a valid \(field.type.rawValue) value for custom field `\(field.id)`",
                zh: "`\(text)` 不是自定义字段 `\(field.id)` 的有效 \(field.type.rawValue) 值"
            ),
            expected: expected,
            hint: LocalizedText(en: "correct the value, or change the field's `type` in roadmap.yml", zh: "更正该值，或修改 roadmap.yml 中该字段的 `type`")
        )
    }
}
