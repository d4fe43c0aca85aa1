/// The fields a view of one kind may filter, group and colour by: the built-in ones, or any
/// custom field id on an internal view.
struct ViewFieldChoices {
    let kind: ViewConfig.Kind
    let audience: Audience

    var builtIn: [String] { ViewConfig.builtInFields(kind) }

    /// Reads `key` as a field name, reporting a name that is neither built in nor a custom field id.
    func decode(_ key: String, _ reader: inout FieldReader) -> String? {
        guard let name = reader.string(key) else { return nil }
        let mark = reader.mapping.first { $0.key == key }?.value.mark
        return check(name, at: mark, setting: key, &reader) ? name : nil
    }

    /// Whether `name` is a usable field, reporting it under `setting` when it is not.
    func check(_ name: String, at mark: YAMLMark?, setting: String, _ reader: inout FieldReader) -> Bool {
        if builtIn.contains(name) { return true }
        // NOTE: custom fields are not yet decoded from `roadmap.yml`, so any valid id counts as one.
        if audience == .internal, Slug.isValidID(name) { return true }
        let list = builtIn.map { "`\($0)`" }.joined(separator: ", ")
        let expected = audience == .public
            ? LocalizedText(en: "one of \(list), because a public view shows no custom fields", zh: "以下之一：\(list)（公开视图不显示自定义字段）")
            : LocalizedText(en: "one of \(list), or a custom field id", zh: "以下之一：\(list)，或自定义字段的 id")
        reader.report(
            setting, at: mark,
            problem: LocalizedText(en: "\(kind.rawValue) views have no field `\(name)`", zh: "\(kind.rawValue) 视图没有字段 `\(name)`"),
            expected: expected,
            hint: Suggestions.closest(to: name, among: builtIn, limit: 1).first.map { LocalizedText(en: "did you mean `\($0)`?", zh: "是否应为 `\($0)`？") }
        )
        return false
    }
}
