import Foundation

/// Reads a mapping file (YAML) into an `ImportMapping`, on top of a preset when one is given.
///
/// ```yaml
/// kind: deal                  # deal, rep, account or feature; default: the preset's kind, else deal
/// columns:                    # CSV header → item field; tried before the preset's headers
///   "Opportunity": title
///   "Sales Rep": owner
/// stage_map:                  # CRM stage value → stage id in roadmap.yml; added to the preset's map
///   "Engaging": negotiation
/// owner_ids: email-local-part # slug (default) or email-local-part
/// title_fields: [account, product]
/// probability_percent: true
/// ```
/// The full format is described in docs/import.md.
public enum MappingFileDecoder {
    static let knownKeys = ["kind", "columns", "stage_map", "owner_ids", "title_fields", "probability_percent"]

    /// Decodes `text`, read from `file`, into a mapping that starts from `base`.
    /// - Throws: `ImportError` with every problem found, each at its line in `file`.
    public static func decode(_ text: String, file: String, base: ImportMapping?) throws(ImportError) -> ImportMapping {
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(text)
        } catch {
            throw ImportError(error.diagnostic(file: file))
        }
        guard let root, let pairs = root.mapping else {
            throw ImportError(Diagnostic(
                at: SourceLocation(file: file, line: root?.mark.line ?? 1, column: root?.mark.column ?? 1),
                problem: ImportMessages.mappingFileNotMapping,
                expected: ImportMessages.mappingFileExpected
            ))
        }

        var diagnostics: [Diagnostic] = []
        func report(_ node: YAMLNode, field: String, _ problem: LocalizedText, expected: LocalizedText? = nil) {
            diagnostics.append(Diagnostic(
                at: SourceLocation(file: file, line: node.mark.line, column: node.mark.column),
                field: field, problem: problem, expected: expected
            ))
        }

        for pair in pairs where !knownKeys.contains(pair.key) {
            diagnostics.append(Diagnostic(
                at: SourceLocation(file: file, line: pair.keyMark.line, column: pair.keyMark.column),
                field: pair.key,
                problem: ImportMessages.unknownMappingKey(pair.key),
                expected: LocalizedText(en: knownKeys.joined(separator: ", "), zh: knownKeys.joined(separator: "、"))
            ))
        }

        var kind = base?.kind ?? .deal
        if let node = root["kind"] {
            if let value = node.string, let chosen = ImportItemKind(rawValue: value) {
                kind = chosen
            } else {
                let kinds = ImportItemKind.allCases.map(\.rawValue)
                report(node, field: "kind", ImportMessages.invalidMappingValue(node.string ?? "…"),
                       expected: LocalizedText(en: kinds.joined(separator: ", "), zh: kinds.joined(separator: "、")))
            }
        }
        // A preset of another kind contributes nothing: its columns name fields of its own kind.
        let start = base.flatMap { $0.kind == kind ? $0 : nil }
        var mapping = start ?? ImportMapping(kind: kind, columns: [:])

        let knownFields = ImportField.fields(for: kind).map(\.name)
        if let node = root["columns"] {
            var added: [String: [String]] = [:]
            for entry in entries(node, field: "columns", report: report) {
                guard knownFields.contains(entry.value) else {
                    report(entry.valueNode, field: "columns", ImportMessages.unknownMappedField(entry.value, kind: kind.rawValue),
                           expected: LocalizedText(en: knownFields.joined(separator: ", "), zh: knownFields.joined(separator: "、")))
                    continue
                }
                added[entry.value, default: []].append(entry.key)
            }
            for (field, headers) in added {
                mapping.columns[field] = headers + (mapping.columns[field] ?? []).filter { !headers.contains($0) }
            }
        }

        if let node = root["stage_map"] {
            for entry in entries(node, field: "stage_map", report: report) {
                // Replace a preset entry for the same CRM value, whatever its case.
                let key = entry.key.trimmingCharacters(in: .whitespaces).lowercased()
                for existing in mapping.stageMap.keys where existing.trimmingCharacters(in: .whitespaces).lowercased() == key {
                    mapping.stageMap[existing] = nil
                }
                mapping.stageMap[entry.key] = entry.value
            }
        }

        if let node = root["owner_ids"] {
            switch node.string {
            case "slug": mapping.ownerNormalization = .slug
            case "email-local-part": mapping.ownerNormalization = .emailLocalPart
            default:
                report(node, field: "owner_ids", ImportMessages.invalidMappingValue(node.string ?? "…"),
                       expected: LocalizedText(en: "slug, email-local-part", zh: "slug、email-local-part"))
            }
        }

        if let node = root["title_fields"] {
            let items = node.sequence ?? [node]
            var titleFields: [String] = []
            for item in items {
                guard let name = item.string, knownFields.contains(name) else {
                    report(item, field: "title_fields", ImportMessages.unknownMappedField(item.string ?? "…", kind: kind.rawValue))
                    continue
                }
                titleFields.append(name)
            }
            mapping.titleFields = titleFields
        }

        if let node = root["probability_percent"] {
            switch node.string?.lowercased() {
            case "true", "yes": mapping.probabilityIsPercent = true
            case "false", "no": mapping.probabilityIsPercent = false
            default:
                report(node, field: "probability_percent", ImportMessages.invalidMappingValue(node.string ?? "…"),
                       expected: LocalizedText(en: "true or false", zh: "true 或 false"))
            }
        }

        if !diagnostics.isEmpty {
            throw ImportError(diagnostics)
        }
        return mapping
    }

    /// Returns the `key: value` entries of a mapping whose values are single values, reporting the rest.
    private static func entries(
        _ node: YAMLNode, field: String, report: (YAMLNode, String, LocalizedText, LocalizedText?) -> Void
    ) -> [(key: String, value: String, valueNode: YAMLNode)] {
        guard let pairs = node.mapping else {
            report(node, field, ImportMessages.mappingSectionNotMapping(field), nil)
            return []
        }
        var result: [(key: String, value: String, valueNode: YAMLNode)] = []
        for pair in pairs {
            guard let value = pair.value.string, !value.isEmpty else {
                report(pair.value, field, ImportMessages.invalidMappingValue(pair.value.string ?? "…"), nil)
                continue
            }
            result.append((pair.key, value, pair.value))
        }
        return result
    }
}
