/// One element of a parsed template. A section contains its content as children.
enum TemplateNode: Sendable {
    /// Literal text copied to the output.
    case text(String)
    /// The start of a source line. An indented standalone partial writes its indentation here,
    /// so every line of the partial is indented and interpolated text is not.
    case lineStart
    /// `{{name}}` when `escaped`, `{{{name}}}` or `{{&name}}` otherwise; an empty path is `{{.}}`.
    case variable(path: [String], escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
    case section(path: [String], inverted: Bool, children: [TemplateNode])
    /// `{{>name}}`. `indentation` is the whitespace before a standalone tag and `nil` for an
    /// inline one, whose partial is not indented.
    case partial(name: String, indentation: String?, location: SourceLocation)
}
