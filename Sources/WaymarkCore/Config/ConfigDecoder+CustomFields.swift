/// Reads `custom_fields:`, a list of `{id, type, label, visibility, options, kinds}` entries.
extension ConfigDecoder {
    static func decodeCustomFields(_ reader: inout FieldReader) -> [CustomFieldDefinition] {
        guard let entries = reader.sequenceItems("custom_fields") else { return [] }
        var fields: [CustomFieldDefinition] = []
        for entry in entries {
            guard let pairs = entry.mapping else {
                reader.reportWrongShape("custom_fields", entry, expected: LocalizedText(
                    en: "`{id: arr, type: currency, label: {zh-CN: …, en: …}, visibility: internal, kinds: [deal]}`",
                    zh: "`{id: arr, type: currency, label: {zh-CN: …, en: …}, visibility: internal, kinds: [deal]}`"
                ))
                continue
            }
            var entryReader = reader.nested(pairs, at: entry.mark, in: "custom_fields")
            if let field = decodeCustomField(&entryReader, declaredIDs: Set(fields.map(\.id))) { fields.append(field) }
            for diagnostic in entryReader.diagnostics { reader.append(diagnostic) }
        }
        return fields
    }

    private static func decodeCustomField(_ reader: inout FieldReader, declaredIDs: Set<String>) -> CustomFieldDefinition? {
        guard let id = reader.identifier("id", required: true) else { return nil }
        let builtIn = ItemDecoder.commonFields.union(ItemDecoder.kindFields.values.flatMap { $0 })
        if builtIn.contains(id) || declaredIDs.contains(id) {
            reader.report(
                "id", at: nil,
                problem: LocalizedText(
                    en: "custom field id `\(id)` is already used by \(declaredIDs.contains(id) ? "another custom field" : "a built-in field")",
                    zh: "自定义字段 id `\(id)` 已被\(declaredIDs.contains(id) ? "另一个自定义字段" : "内置字段")使用"
                ),
                hint: LocalizedText(en: "choose another id, such as `x-\(id)`", zh: "换一个 id，例如 `x-\(id)`")
            )
            return nil
        }
        let type = reader.choice("type", CustomFieldDefinition.FieldType.self, required: true) ?? .text
        let labels = decodeLabels(reader.node("label"), fallback: id, &reader, field: "custom_fields.label")
        let visibility = reader.choice("visibility", Feature.Visibility.self) ?? .internal
        let options = reader.stringList("options")
        if (type == .list || type == .multiList) && options.isEmpty {
            reader.reportMissing("options", expected: LocalizedText(en: "the list of allowed values", zh: "允许的取值列表"))
        }
        var kinds: [ItemKind] = []
        for name in reader.stringList("kinds") {
            guard let kind = ItemKind(rawValue: name) else {
                let valid = ItemKind.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
                reader.report(
                    "kinds", at: nil,
                    problem: LocalizedText(en: "unknown kind `\(name)`", zh: "未知的条目类型 `\(name)`"),
                    expected: LocalizedText(en: "kinds among \(valid)", zh: "以下类型：\(valid)")
                )
                continue
            }
            kinds.append(kind)
        }
        return CustomFieldDefinition(id: id, type: type, labels: labels, visibility: visibility, options: options, kinds: kinds)
    }
}
