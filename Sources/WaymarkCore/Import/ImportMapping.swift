import Foundation

/// The column-to-field rules that turn the records of a CRM export into items of one kind.
///
/// The built-in presets are in `ImportMapping+Presets.swift`. A mapping file (YAML) is read
/// elsewhere and passed to `init(kind:fields:stageMap:ownerNormalization:titleFields:probabilityIsPercent:)`.
public struct ImportMapping: Sendable {
    public var kind: ImportItemKind
    /// Item field → CSV headers to try, in order. For each record the first of these columns with
    /// a non-empty value wins, so `Account.Name` can come before `AccountId`.
    public var columns: [String: [String]]
    /// CRM stage value (matched without regard to case and surrounding spaces) → stage id.
    /// A value missing from the map becomes its slug: "Needs Analysis" → `needs-analysis`.
    public var stageMap: [String: String]
    public var ownerNormalization: OwnerNormalization
    /// Fields joined with " · " to make a title when the record has none; the CRM id is the
    /// last resort.
    public var titleFields: [String]
    /// Whether probabilities are percentages (Salesforce writes 60 for 60 %). Values with a `%`
    /// sign are percentages either way.
    public var probabilityIsPercent: Bool

    /// Creates a mapping from a mapping file's parts.
    /// - Parameters:
    ///   - fields: CSV header → item field, such as `["Deal Name": "title"]`. When several headers map
    ///     to one field, they are tried in the order of their names.
    ///   - stageMap: CRM stage value → stage id.
    /// - Throws: `ImportError` for a field the kind does not have.
    public init(
        kind: ImportItemKind,
        fields: [String: String],
        stageMap: [String: String] = [:],
        ownerNormalization: OwnerNormalization = .slug,
        titleFields: [String] = [],
        probabilityIsPercent: Bool = true
    ) throws(ImportError) {
        let known = Set(ImportField.fields(for: kind).map(\.name))
        var columns: [String: [String]] = [:]
        var diagnostics: [Diagnostic] = []
        for header in fields.keys.sorted() {
            guard let field = fields[header] else { continue }
            guard known.contains(field) else {
                diagnostics.append(Diagnostic(
                    at: nil,
                    field: field,
                    problem: ImportMessages.unknownMappedField(field, kind: kind.rawValue),
                    expected: LocalizedText(en: known.sorted().joined(separator: ", "), zh: known.sorted().joined(separator: "、"))
                ))
                continue
            }
            columns[field, default: []].append(header)
        }
        if !diagnostics.isEmpty {
            throw ImportError(diagnostics)
        }
        self.init(
            kind: kind,
            columns: columns,
            stageMap: stageMap,
            ownerNormalization: ownerNormalization,
            titleFields: titleFields,
            probabilityIsPercent: probabilityIsPercent
        )
    }

    /// Creates a mapping with candidate headers listed per field, as the presets do.
    public init(
        kind: ImportItemKind,
        columns: [String: [String]],
        stageMap: [String: String] = [:],
        ownerNormalization: OwnerNormalization = .slug,
        titleFields: [String] = [],
        probabilityIsPercent: Bool = true
    ) {
        self.kind = kind
        self.columns = columns
        self.stageMap = stageMap
        self.ownerNormalization = ownerNormalization
        self.titleFields = titleFields
        self.probabilityIsPercent = probabilityIsPercent
    }

    /// Returns the stage id for a CRM stage value.
    public func stageID(for value: String) -> String {
        let key = value.trimmingCharacters(in: .whitespaces).lowercased()
        for (crmValue, stage) in stageMap where crmValue.trimmingCharacters(in: .whitespaces).lowercased() == key {
            return stage
        }
        return Slug.ascii(value)
    }
}
