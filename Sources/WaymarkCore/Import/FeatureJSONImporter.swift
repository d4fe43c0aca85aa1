import Foundation

/// Turns a JSON roadmap export into feature items: a file holding one object or an array of
/// objects, or a folder of such files read in name order.
///
/// A feature with an end month gets `start`/`end`; one without (null in the feed) gets
/// `horizon: "later"`, because the content format allows dates or a horizon, never both.
public struct FeatureJSONImporter: Sendable {
    public var mapping: FeatureJSONMapping

    public init(mapping: FeatureJSONMapping = .microsoft365Roadmap) {
        self.mapping = mapping
    }

    /// Converts every object in `source`.
    /// - Throws: `ImportError` for an unreadable file or one that is not JSON; such a file stops
    ///   the import, because a broken export should be fixed rather than half imported.
    public func convert(_ source: URL) throws(ImportError) -> RecordConversion {
        var isFolder: ObjCBool = false
        let files: [URL]
        if FileManager.default.fileExists(atPath: source.path, isDirectory: &isFolder), isFolder.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: source.path)) ?? []
            files = names.filter { $0.lowercased().hasSuffix(".json") }.sorted().map { source.appendingPathComponent($0) }
        } else {
            files = [source]
        }

        var conversion = RecordConversion()
        var seen = Set<String>()
        for file in files {
            let objects = try readObjects(file)
            for (index, object) in objects.enumerated() {
                let location = SourceLocation(file: file.path, line: 1, column: 1)
                guard let object else {
                    conversion.rejections.append(Diagnostic(at: location, problem: ImportMessages.invalidJSONEntry(index: index)))
                    conversion.rejectedCount += 1
                    continue
                }
                var problems: [Diagnostic] = []
                let item = convert(object, location: location, problems: &problems)
                if let item, seen.contains(item.crmID) {
                    problems.append(Diagnostic(at: location, field: mapping.idKey, problem: ImportMessages.duplicateID(item.crmID, firstLine: 1)))
                }
                if let item, problems.isEmpty {
                    seen.insert(item.crmID)
                    conversion.items.append(item)
                } else {
                    conversion.rejections.append(contentsOf: problems)
                    conversion.rejectedCount += 1
                }
            }
        }
        return conversion
    }

    /// Reads the objects of one file. A nil entry is an array element that is not an object.
    private func readObjects(_ file: URL) throws(ImportError) -> [[String: Any]?] {
        let bytes = try Importer.readBytes(file)
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw ImportError(Diagnostic(at: SourceLocation(file: file.path, line: 1, column: 1), problem: ImportMessages.invalidJSON))
        }
        if let object = json as? [String: Any] {
            return [object]
        }
        if let array = json as? [Any] {
            return array.map { $0 as? [String: Any] }
        }
        throw ImportError(Diagnostic(at: SourceLocation(file: file.path, line: 1, column: 1), problem: ImportMessages.invalidJSON))
    }

    private func convert(_ object: [String: Any], location: SourceLocation, problems: inout [Diagnostic]) -> ImportedItem? {
        let crmID = scalarText(object[mapping.idKey])
        let title = scalarText(object[mapping.titleKey])
        guard let crmID, !crmID.isEmpty else {
            problems.append(Diagnostic(at: location, field: mapping.idKey, problem: ImportMessages.missingValue(mapping.idKey)))
            return nil
        }
        guard let title, !title.isEmpty else {
            problems.append(Diagnostic(at: location, field: mapping.titleKey, problem: ImportMessages.missingValue(mapping.titleKey)))
            return nil
        }
        let tags = (object[mapping.tagsKey] as? [Any])?.compactMap { $0 as? String } ?? []

        let phase = tags.first { mapping.phaseStatus[$0] != nil || mapping.rejectedPhases.contains($0) }
        if let phase, mapping.rejectedPhases.contains(phase) {
            problems.append(Diagnostic(at: location, field: mapping.tagsKey, problem: ImportMessages.skippedPhase(phase)))
            return nil
        }
        let product = tags.first { $0 != phase && !mapping.nonProductTags.contains($0) }

        let end = monthDate(object[mapping.endKey], field: mapping.endKey, location: location, problems: &problems)
        let start = monthDate(object[mapping.startKey], field: mapping.startKey, location: location, problems: &problems)
        guard problems.isEmpty else { return nil }

        var fields: [(key: String, value: FrontMatterValue)] = [("title", .string(title))]
        // Not among the owned keys, so only a new file gets it.
        if let visibility = mapping.visibility {
            fields.append(("visibility", .string(visibility)))
        }
        if let phase, let status = mapping.phaseStatus[phase] {
            fields.append(("status", .string(status)))
        }
        if let product {
            fields.append(("team", .string(product)))
            fields.append(("product", .string(product)))
        }
        if let end {
            // A preview after general availability would make an end before the start.
            if let start, start <= end {
                fields.append(("start", .string(start)))
            }
            fields.append(("end", .string(end)))
            if let phase, phase == mapping.releasedPhase {
                fields.append(("released", .string(end)))
            }
        } else {
            fields.append(("horizon", .string("later")))
        }
        let otherTags = tags.filter { $0 != phase && $0 != product }
        if !otherTags.isEmpty {
            fields.append(("tags", .strings(otherTags)))
        }

        return ImportedItem(
            kind: .feature,
            crmID: crmID,
            preferredID: Slug.make(title, fallback: crmID),
            fields: fields,
            ownedKeys: ["title", "status", "team", "product", "start", "end", "released", "horizon", "tags"],
            body: MarkdownText.fromHTML(scalarText(object[mapping.descriptionKey]) ?? ""),
            location: location
        )
    }

    private func scalarText(_ value: Any?) -> String? {
        switch value {
        case let text as String: text.trimmingCharacters(in: .whitespacesAndNewlines)
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }

    /// Reads "October CY2022", "October 2022" or "2022-10" as `2022-10`; null and absent are nil.
    private func monthDate(_ value: Any?, field: String, location: SourceLocation, problems: inout [Diagnostic]) -> String? {
        guard let raw = scalarText(value), !raw.isEmpty else { return nil }
        if let month = FeatureJSONImporter.parseMonth(raw) {
            return month
        }
        problems.append(Diagnostic(at: location, field: field, problem: ImportMessages.invalidMonthDate(raw)))
        return nil
    }

    static func parseMonth(_ raw: String) -> String? {
        let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"]
        let parts = raw.split(separator: " ")
        if parts.count == 2, let index = months.firstIndex(of: parts[0].lowercased()) {
            var year = parts[1]
            if year.uppercased().hasPrefix("CY") { year = year.dropFirst(2) }
            guard year.count == 4, let number = Int(year) else { return nil }
            return String(format: "%04d-%02d", number, index + 1)
        }
        let dashed = raw.split(separator: "-")
        if dashed.count == 2, dashed[0].count == 4, dashed[1].count == 2,
           let year = Int(dashed[0]), let month = Int(dashed[1]), (1...12).contains(month) {
            return String(format: "%04d-%02d", year, month)
        }
        return nil
    }
}
