/// Turns the leak guard's findings into diagnostics that point at the source: the public feature
/// field that carries the internal value, with how many public files show it. A value found in no
/// public feature's fields (a theme override that prints an internal field, say) is reported on
/// the output files instead.
enum LeakReport {
    /// At most this many output files are named per value when no source field carries it.
    static let filesNamedPerValue = 3

    static func diagnostics(_ leaks: [LeakGuard.Leak], roadmap: Roadmap, publicFolder: String) -> [Diagnostic] {
        var filesByValue: [String: [String]] = [:]
        var secretByValue: [String: LeakGuard.Secret] = [:]
        for leak in leaks {
            filesByValue[leak.secret.value, default: []].append(leak.file)
            secretByValue[leak.secret.value] = leak.secret
        }
        var diagnostics: [Diagnostic] = []
        for value in filesByValue.keys.sorted() {
            guard let secret = secretByValue[value] else { continue }
            let files = (filesByValue[value] ?? []).sorted()
            let sources = sourceFields(containing: value, roadmap: roadmap)
            if sources.isEmpty {
                for file in files.prefix(filesNamedPerValue) {
                    diagnostics.append(diagnostic(secret, at: SourceLocation(file: publicFolder + "/" + file, line: 1, column: 1), field: nil, files: files))
                }
            } else {
                for (location, field) in sources {
                    diagnostics.append(diagnostic(secret, at: location, field: field, files: files))
                }
            }
        }
        return diagnostics
    }

    /// Returns the fields of public features whose text, as written in the content, contains `value`.
    private static func sourceFields(containing value: String, roadmap: Roadmap) -> [(SourceLocation, String)] {
        var found: [(SourceLocation, String)] = []
        for feature in roadmap.features where feature.isPublic {
            let source = feature.header.source
            let fields: [(String, String?)] = [
                ("title", feature.publicTitle == nil ? feature.header.title : nil),
                ("public_title", feature.publicTitle),
                ("summary", feature.summary),
                ("product", feature.product),
                ("team", feature.header.team),
                ("tags", feature.header.tags.joined(separator: " ")),
            ]
            for (field, text) in fields where text?.contains(value) == true {
                found.append((source.location(of: field), field))
            }
            if feature.header.descriptionText.contains(value) {
                found.append((SourceLocation(file: source.file, line: 1, column: 1), "description"))
            }
        }
        return found
    }

    private static func diagnostic(_ secret: LeakGuard.Secret, at location: SourceLocation, field: String?, files: [String]) -> Diagnostic {
        let example = files.first ?? ""
        return Diagnostic(
            at: location,
            field: field,
            problem: LocalizedText(
                en: "internal value \"\(secret.value)\" (\(secret.origin.en)) would appear on the public site, in \(files.count) files such as \(example)",
                zh: "内部信息“\(secret.value)”（\(secret.origin.zh)）将出现在公开站点的 \(files.count) 个文件中，例如 \(example)"
            ),
            hint: LocalizedText(
                en: "remove it from the public feature's title, summary or description, or move it below the `<!-- internal -->` line",
                zh: "从公开功能的标题、概述或说明中删除，或移到 `<!-- internal -->` 行之后"
            )
        )
    }
}
