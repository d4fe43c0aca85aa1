/// Reads typed fields out of one item's front matter, recording a diagnostic for each bad or
/// missing value instead of stopping, so that one pass reports every problem of the file.
struct FieldReader {
    let mapping: [YAMLPair]
    let file: String
    /// File line of the YAML text's first line.
    let firstLine: Int
    /// The mapping's own position when it is an entry of a list (a stage, a media item), where a
    /// missing field is reported; nil for the top of a file.
    let containerMark: YAMLMark?
    /// Prepended to field names in diagnostics, such as `stages.` for an entry of `stages`.
    let fieldPrefix: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var used: Set<String> = []

    init(mapping: [YAMLPair], file: String, firstLine: Int, containerMark: YAMLMark? = nil, fieldPrefix: String = "") {
        self.mapping = mapping
        self.file = file
        self.firstLine = firstLine
        self.containerMark = containerMark
        self.fieldPrefix = fieldPrefix
    }

    /// Returns a reader for a mapping nested in this one, as an entry of the list `field`.
    func nested(_ pairs: [YAMLPair], at mark: YAMLMark, in field: String) -> FieldReader {
        FieldReader(mapping: pairs, file: file, firstLine: firstLine, containerMark: mark, fieldPrefix: fieldPrefix + field + ".")
    }

    func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
    }

    /// Returns the location of a field's value, or the top of the file when the field is absent.
    func location(of key: String) -> SourceLocation {
        if let pair = mapping.first(where: { $0.key == key }) { return location(pair.value.mark) }
        if let containerMark { return location(containerMark) }
        return SourceLocation(file: file, line: max(1, firstLine - 1), column: 1)
    }

    var fieldLocations: [String: SourceLocation] {
        var locations: [String: SourceLocation] = [:]
        for pair in mapping { locations[pair.key] = location(pair.value.mark) }
        return locations
    }

    mutating func node(_ key: String) -> YAMLNode? {
        used.insert(key)
        guard let node = mapping.first(where: { $0.key == key })?.value, !node.isNull else { return nil }
        return node
    }

    mutating func report(
        _ key: String, at mark: YAMLMark?, problem: LocalizedText, expected: LocalizedText? = nil, hint: LocalizedText? = nil,
        severity: Diagnostic.Severity = .error
    ) {
        let position = mark.map(location) ?? location(of: key)
        let field = key.hasPrefix(fieldPrefix) ? key : fieldPrefix + key
        diagnostics.append(Diagnostic(severity, at: position, field: field, problem: problem, expected: expected, hint: hint))
    }

    mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func reportMissing(_ key: String, expected: LocalizedText) {
        report(
            key, at: nil,
            problem: LocalizedText(en: "required field `\(key)` is missing", zh: "缺少必填字段 `\(key)`"),
            expected: expected,
            hint: file.hasSuffix(".md") && containerMark == nil
                ? LocalizedText(en: "add a line `\(key): …` to the front matter", zh: "在前置元数据中添加一行 `\(key): …`")
                : LocalizedText(en: "add `\(key): …` here", zh: "在此处添加 `\(key): …`")
        )
    }

    mutating func reportWrongShape(_ key: String, _ node: YAMLNode, expected: LocalizedText) {
        report(
            key, at: node.mark,
            problem: LocalizedText(en: "found \(node.kindName.en)", zh: "此处是\(node.kindName.zh)"),
            expected: expected
        )
    }

    // MARK: Scalars

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key) else {
            if required { reportMissing(key, expected: LocalizedText(en: "a text", zh: "一段文字")) }
            return nil
        }
        guard let value = node.string else {
            reportWrongShape(key, node, expected: LocalizedText(en: "a single text value", zh: "单个文字值"))
            return nil
        }
        let trimmed = value.trimmingWhitespace()
        if trimmed.isEmpty {
            if required { reportMissing(key, expected: LocalizedText(en: "a text", zh: "一段文字")) }
            return nil
        }
        return trimmed
    }

    mutating func identifier(_ key: String, required: Bool = false) -> String? {
        guard let value = string(key, required: required) else { return nil }
        guard Slug.isValidID(value) else {
            report(
                key, at: mapping.first { $0.key == key }?.value.mark,
                problem: LocalizedText(en: "`\(value)` is not a valid id", zh: "`\(value)` 不是有效的 id"),
                expected: LocalizedText(
                    en: "lowercase letters, digits and `-`, such as `\(Slug.make(value))`",
                    zh: "小写字母、数字和 `-`，例如 `\(Slug.make(value))`"
                )
            )
            return nil
        }
        return value
    }

    mutating func choice<Choice: RawRepresentable>(_ key: String, _ type: Choice.Type, required: Bool = false) -> Choice?
    where Choice: CaseIterable, Choice.RawValue == String {
        let valid = Choice.allCases.map(\.rawValue)
        return oneOf(key, valid, required: required).flatMap(Choice.init(rawValue:))
    }

    /// Reads a value from a fixed list, reporting an unknown one with the valid values.
    mutating func oneOf(_ key: String, _ valid: [String], required: Bool = false) -> String? {
        guard let value = string(key, required: required) else { return nil }
        guard valid.contains(value) else {
            let list = valid.map { "`\($0)`" }.joined(separator: ", ")
            let nearest = Suggestions.closest(to: value, among: valid)
            report(
                key, at: mapping.first { $0.key == key }?.value.mark,
                problem: LocalizedText(en: "unknown value `\(value)`", zh: "未知的值 `\(value)`"),
                expected: LocalizedText(en: "one of \(list)", zh: "以下之一：\(list)"),
                hint: nearest.first.map { LocalizedText(en: "did you mean `\($0)`?", zh: "是否应为 `\($0)`？") }
                    ?? LocalizedText(en: "use one of the values listed", zh: "请使用上面列出的值之一")
            )
            return nil
        }
        return value
    }

    mutating func number(_ key: String, required: Bool = false) -> Double? {
        guard let node = node(key) else {
            if required { reportMissing(key, expected: LocalizedText(en: "a number", zh: "一个数字")) }
            return nil
        }
        guard let text = node.string, let value = FieldReader.parseNumber(text) else {
            report(
                key, at: node.mark,
                problem: LocalizedText(en: "`\(node.string ?? "…")` is not a number", zh: "`\(node.string ?? "…")` 不是数字"),
                expected: LocalizedText(en: "a number such as `1200000` or `1200000.50`", zh: "数字，例如 `1200000` 或 `1200000.50`"),
                hint: LocalizedText(en: "write digits without currency symbols; `_` may group them", zh: "只写数字，不带货币符号；可用 `_` 分组")
            )
            return nil
        }
        return value
    }

    /// Reads a probability from 0 to 1, also written as a percentage (`60%`).
    mutating func probability(_ key: String) -> Double? {
        guard let node = node(key) else { return nil }
        let text = node.string?.trimmingWhitespace() ?? ""
        var value: Double?
        if text.hasSuffix("%") {
            value = FieldReader.parseNumber(String(text.dropLast())).map { $0 / 100 }
        } else {
            value = FieldReader.parseNumber(text)
        }
        guard let share = value, share >= 0, share <= 1 else {
            report(
                key, at: node.mark,
                problem: LocalizedText(en: "`\(text)` is not a probability", zh: "`\(text)` 不是有效的概率"),
                expected: LocalizedText(en: "a number from 0 to 1, or a percentage such as `60%`", zh: "0 到 1 之间的数字，或如 `60%` 的百分比")
            )
            return nil
        }
        return share
    }

    /// Parses plain decimal numbers only: no YAML 1.1 forms such as `0x10`, `1_000` is allowed as grouping.
    static func parseNumber(_ text: String) -> Double? {
        let cleaned = String(text.trimmingWhitespace().filter { $0 != "_" })
        guard !cleaned.isEmpty else { return nil }
        var digits = 0
        var dots = 0
        for (index, character) in cleaned.enumerated() {
            if character.isASCII, character.isNumber {
                digits += 1
            } else if character == "." {
                dots += 1
            } else if (character == "-" || character == "+") && index == 0 {
                continue
            } else {
                return nil
            }
        }
        guard digits > 0, dots <= 1 else { return nil }
        return Double(cleaned)
    }

    mutating func date(_ key: String, required: Bool = false) -> RoadmapDate? {
        guard let node = node(key) else {
            if required { reportMissing(key, expected: DateText.expected) }
            return nil
        }
        return date(in: node, field: key)
    }

    mutating func date(in node: YAMLNode, field key: String) -> RoadmapDate? {
        guard let text = node.string else {
            reportWrongShape(key, node, expected: DateText.expected)
            return nil
        }
        do {
            return try RoadmapDate(parsing: text)
        } catch {
            report(key, at: node.mark, problem: error.problem, expected: error.expected ?? DateText.expected, hint: DateText.hint)
            return nil
        }
    }

    // MARK: Collections

    /// Reads a list of texts, accepting a single text as a list of one.
    mutating func stringList(_ key: String) -> [String] {
        guard let node = node(key) else { return [] }
        if let single = node.string { return single.isEmpty ? [] : [single.trimmingWhitespace()] }
        guard let items = node.sequence else {
            reportWrongShape(key, node, expected: LocalizedText(en: "a list of texts", zh: "文字列表"))
            return []
        }
        var values: [String] = []
        for item in items {
            guard let value = item.string else {
                reportWrongShape(key, item, expected: LocalizedText(en: "a text", zh: "文字"))
                continue
            }
            values.append(value.trimmingWhitespace())
        }
        return values
    }

    mutating func mappingPairs(_ key: String) -> [YAMLPair]? {
        guard let node = node(key) else { return nil }
        guard let pairs = node.mapping else {
            reportWrongShape(key, node, expected: LocalizedText(en: "a mapping of `name: value` lines", zh: "`名称: 值` 形式的映射"))
            return nil
        }
        return pairs
    }

    mutating func sequenceItems(_ key: String) -> [YAMLNode]? {
        guard let node = node(key) else { return nil }
        guard let items = node.sequence else {
            reportWrongShape(key, node, expected: LocalizedText(en: "a list", zh: "列表"))
            return nil
        }
        return items
    }

    /// Fields present in the front matter that no decoder read: reported so that a typo such as
    /// `stauts` does not pass silently.
    func unknownFields(allowed: Set<String>) -> [YAMLPair] {
        mapping.filter { !used.contains($0.key) && !allowed.contains($0.key) }
    }
}

enum DateText {
    static let hint = LocalizedText(
        en: "write a date that exists, with a four-digit year and two-digit months and days",
        zh: "请填写实际存在的日期，年份四位，月和日两位"
    )

    static let expected = LocalizedText(
        en: "a date such as `2027-03-15`, `2027-03`, `2027-Q1`, `2027-H1` or `2027`",
        zh: "日期，例如 `2027-03-15`、`2027-03`、`2027-Q1`、`2027-H1` 或 `2027`"
    )
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
