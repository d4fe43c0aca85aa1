/// A YAML text that Waymark cannot turn into a `YAMLNode`, with the position of the fault.
public struct YAMLError: Error, Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// libyaml rejected the text. `problem` and `context` are its own English words, and
        /// `contextMark` is where the construct named by `context` starts.
        case syntax(problem: String, context: String?, contextMark: YAMLMark?)
        /// The text uses a tab where YAML allows only spaces (libyaml's problem text is kept).
        case tabIndentation(problem: String)
        case duplicateKey(String, firstMark: YAMLMark)
        case unknownAlias(String)
        case complexKey
        /// Aliases expand to more nodes than `limit`, the sign of an alias bomb.
        case tooManyNodes(limit: Int)
        case tooDeep(limit: Int)
        case multipleDocuments
    }

    public var kind: Kind
    public var mark: YAMLMark

    public init(_ kind: Kind, at mark: YAMLMark) {
        self.kind = kind
        self.mark = mark
    }

    /// Converts the error to a diagnostic in `file`, whose YAML starts on file line `firstLine`.
    public func diagnostic(file: String, firstLine: Int = 1) -> Diagnostic {
        let location = SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
        switch kind {
        case .syntax(let problem, let context, let contextMark):
            var detail = problem
            if let context, let contextMark {
                detail += " (\(context) that starts on line \(contextMark.line + firstLine - 1))"
            } else if let context {
                detail += " (\(context))"
            }
            return Diagnostic(
                at: location,
                problem: LocalizedText(en: "invalid YAML: \(detail)", zh: "YAML 无效：\(detail)"),
                hint: LocalizedText(
                    en: "check the indentation and quote values that contain `: ` or start with a special character",
                    zh: "检查缩进；值中含有 `: ` 或以特殊字符开头时请加引号"
                )
            )
        case .tabIndentation(let problem):
            return Diagnostic(
                at: location,
                problem: LocalizedText(
                    en: "invalid YAML: a tab is used for indentation (\(problem))",
                    zh: "YAML 无效：使用了制表符缩进（\(problem)）"
                ),
                hint: LocalizedText(en: "indent with spaces; YAML does not allow tabs", zh: "请用空格缩进，YAML 不允许制表符")
            )
        case .duplicateKey(let key, let firstMark):
            let firstLine = firstMark.line + firstLine - 1
            return Diagnostic(
                at: location,
                field: key,
                problem: LocalizedText(
                    en: "duplicate key `\(key)`, first set on line \(firstLine)",
                    zh: "键 `\(key)` 重复，第 \(firstLine) 行已设置过"
                ),
                hint: LocalizedText(en: "keep one of the two entries", zh: "只保留其中一项")
            )
        case .unknownAlias(let name):
            return Diagnostic(
                at: location,
                problem: LocalizedText(
                    en: "alias `*\(name)` refers to no anchor defined before it",
                    zh: "别名 `*\(name)` 之前没有定义对应的锚点"
                ),
                hint: LocalizedText(en: "define `&\(name)` before using `*\(name)`", zh: "先定义 `&\(name)`，再使用 `*\(name)`")
            )
        case .complexKey:
            return Diagnostic(
                at: location,
                problem: LocalizedText(en: "a mapping key is a list or a mapping", zh: "映射的键是列表或映射"),
                expected: LocalizedText(en: "a single value as key", zh: "以单个值作为键")
            )
        case .tooManyNodes(let limit):
            return Diagnostic(
                at: location,
                problem: LocalizedText(
                    en: "aliases expand to more than \(limit) values",
                    zh: "别名展开后超过 \(limit) 个值"
                ),
                hint: LocalizedText(en: "write the values out or use fewer nested aliases", zh: "直接写出各值，或减少嵌套别名")
            )
        case .tooDeep(let limit):
            return Diagnostic(
                at: location,
                problem: LocalizedText(
                    en: "lists and mappings are nested more than \(limit) levels deep",
                    zh: "列表和映射嵌套超过 \(limit) 层"
                )
            )
        case .multipleDocuments:
            return Diagnostic(
                at: location,
                problem: LocalizedText(en: "the YAML holds more than one document", zh: "YAML 中包含多个文档"),
                hint: LocalizedText(en: "remove the `---` or `...` line inside the YAML", zh: "删除 YAML 中的 `---` 或 `...` 行")
            )
        }
    }
}
