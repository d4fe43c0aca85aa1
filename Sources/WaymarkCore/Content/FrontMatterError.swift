/// A content file whose front matter cannot be separated from its body.
public enum FrontMatterError: Error, Hashable, Sendable {
    /// The file starts with `---` on `openingLine` but no later line is `---`.
    case missingClosingLine(openingLine: Int)

    /// Converts the error to a diagnostic at the opening line of `file`.
    public func diagnostic(file: String) -> Diagnostic {
        switch self {
        case .missingClosingLine(let openingLine):
            return Diagnostic(
                at: SourceLocation(file: file, line: openingLine, column: 1),
                problem: LocalizedText(
                    en: "the front matter that starts on line \(openingLine) has no closing `---` line",
                    zh: "第 \(openingLine) 行开始的 front matter 缺少结束的 `---` 行"
                ),
                hint: LocalizedText(en: "add a line `---` after the front matter", zh: "在 front matter 之后加一行 `---`")
            )
        }
    }
}
