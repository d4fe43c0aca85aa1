import Foundation

/// The templates and assets a build renders with: the default theme, with each file replaced by
/// the site's own `Templates/<same path>` when it exists.
public struct Theme: Sendable {
    /// Parsed templates by name (file name without `.mustache`); partials come from the same table.
    public var templates: [String: MustacheTemplate]
    /// Asset files by path relative to `Templates/` (`assets/style.css`), copied to each site as they are.
    public var assets: [String: [UInt8]]

    public static func load(siteTemplates: URL?) -> (theme: Theme, diagnostics: [Diagnostic]) {
        var sources: [String: (text: String, file: String)] = [:]
        for (path, text) in DefaultTheme.files {
            sources[path] = (text, "Templates/" + path + " (default theme)")
        }
        var assets: [String: [UInt8]] = [:]
        var diagnostics: [Diagnostic] = []
        if let siteTemplates, FileManager.default.fileExists(atPath: siteTemplates.path) {
            for path in SiteLoader.files(in: siteTemplates) {
                guard let data = FileManager.default.contents(atPath: siteTemplates.appendingPathComponent(path).path) else { continue }
                if path.hasSuffix(".mustache") {
                    guard let text = String(data: data, encoding: .utf8) else {
                        diagnostics.append(Diagnostic(
                            at: SourceLocation(file: "Templates/" + path, line: 1, column: 1),
                            problem: LocalizedText(en: "the template is not valid UTF-8", zh: "模板不是有效的 UTF-8 编码"),
                            hint: LocalizedText(en: "save it as UTF-8", zh: "请另存为 UTF-8")
                        ))
                        continue
                    }
                    sources[path] = (text, "Templates/" + path)
                } else {
                    assets[path] = [UInt8](data)
                }
            }
        }
        var templates: [String: MustacheTemplate] = [:]
        for (path, source) in sources.sorted(by: { $0.key < $1.key }) {
            guard path.hasSuffix(".mustache") else {
                if assets[path] == nil { assets[path] = Array(source.text.utf8) }
                continue
            }
            let name = String(path.dropLast(".mustache".count))
            do {
                templates[name] = try MustacheTemplate(source: source.text, name: source.file)
            } catch {
                diagnostics.append(error.diagnostic)
            }
        }
        return (Theme(templates: templates, assets: assets), diagnostics)
    }

    /// Renders `name` with `context`; a missing template is reported once by the caller's check.
    func render(_ name: String, _ context: TemplateValue) -> String {
        guard let template = templates[name] else { return "" }
        return template.render(context, partials: templates)
    }

    /// The templates every build needs; a site that overrides one with a broken file gets an error.
    static let requiredTemplates = ["layout", "timeline", "board", "feature", "deal", "card", "filters"]
}
