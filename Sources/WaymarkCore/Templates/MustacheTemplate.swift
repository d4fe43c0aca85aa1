/// A Mustache template, parsed once and rendered any number of times.
///
/// Supports the required modules of the Mustache spec (interpolation, sections, inverted
/// sections, comments, partials, delimiter changes). Lambdas, dynamic names and inheritance are
/// not supported. `{{x}}` escapes `&`, `<`, `>`, `"` and `'`.
public struct MustacheTemplate: Sendable {
    /// Maximum number of partials rendered inside one another, such as a partial that includes
    /// itself. Deeper partial tags render as the empty string and are reported as a warning by
    /// `render(_:partials:diagnostics:)`.
    public static let maximumPartialDepth = 100

    /// The name that errors and warnings give as the file.
    public let name: String
    let nodes: [TemplateNode]
    private let sourceLength: Int

    /// Parses `source`, using `name` as the file in error locations.
    public init(source: String, name: String) throws(TemplateError) {
        var parser = TemplateParser(source: source, name: name)
        self.nodes = try parser.parse()
        self.name = name
        self.sourceLength = source.utf8.count
    }

    /// Renders the template with `context` as the bottom of the context stack.
    ///
    /// `partials` maps the names used in `{{>name}}` to templates; a name not in it renders as
    /// the empty string, as the spec requires. Partials nested deeper than
    /// `maximumPartialDepth` are left out without notice, so builds should call
    /// `render(_:partials:diagnostics:)`.
    public func render(_ context: TemplateValue, partials: [String: MustacheTemplate] = [:]) -> String {
        var renderer = makeRenderer(context, partials: partials)
        renderer.render(nodes, indentation: "")
        return renderer.output
    }

    /// Renders like `render(_:partials:)` and appends a warning to `diagnostics` when partials
    /// nested deeper than `maximumPartialDepth` were left out.
    public func render(
        _ context: TemplateValue, partials: [String: MustacheTemplate], diagnostics: inout DiagnosticList
    ) -> String {
        var renderer = makeRenderer(context, partials: partials)
        renderer.render(nodes, indentation: "")
        if let skipped = renderer.skippedPartial {
            let depth = Self.maximumPartialDepth
            diagnostics.append(Diagnostic(
                .warning, at: skipped.location,
                problem: LocalizedText(
                    en: "partial `\(skipped.name)` is nested more than \(depth) levels deep while rendering "
                        + "`\(name)`, so the deeper levels were left out",
                    zh: "渲染 `\(name)` 时局部模板 `\(skipped.name)` 嵌套超过 \(depth) 层，更深的层级已被省略"
                ),
                hint: LocalizedText(
                    en: "make sure a partial that includes itself does so inside a section that ends",
                    zh: "请确认包含自身的局部模板位于一个会结束的区块之内"
                )
            ))
        }
        return renderer.output
    }

    private func makeRenderer(_ context: TemplateValue, partials: [String: MustacheTemplate]) -> TemplateRenderer {
        // An estimate: most pages are the template's text plus somewhat more from the data.
        TemplateRenderer(context: context, partials: partials, expectedLength: sourceLength * 2)
    }
}
