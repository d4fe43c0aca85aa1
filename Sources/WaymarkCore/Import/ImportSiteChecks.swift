import Foundation

/// Checks of imported items against the site they go into, so that `waymark check` passes after
/// an import: every deal stage and feature status is configured, and every owner has a rep.
enum ImportSiteChecks {
    /// Reads the site's `roadmap.yml`, or returns the defaults when it is missing. Problems in the
    /// file are left to `waymark check`, which reports them with their lines.
    static func loadConfig(site: URL) -> SiteConfig {
        let file = site.appendingPathComponent(ConfigDecoder.fileName)
        guard let data = FileManager.default.contents(atPath: file.path) else { return SiteConfig() }
        return ConfigDecoder.decode(yaml: String(decoding: data, as: UTF8.self), file: file.path).config
    }

    /// Returns one error per CRM stage value whose stage id is not configured, at its first row,
    /// with the `stage_map:` line that maps it.
    static func unmappedStages(table: CSVTable, mapping: ImportMapping, config: SiteConfig) -> [Diagnostic] {
        let configured = Set(config.stages.map(\.id))
        let columns = (mapping.columns["stage"] ?? []).compactMap { table.columnIndex(anyOf: [$0]) }
        var firstSeen: [String: (location: SourceLocation, count: Int)] = [:]
        var order: [String] = []
        for record in table.records {
            guard let (column, value) = firstValue(record, columns: columns) else { continue }
            guard !configured.contains(mapping.stageID(for: value)) else { continue }
            if let seen = firstSeen[value] {
                firstSeen[value] = (seen.location, seen.count + 1)
            } else {
                firstSeen[value] = (record.location(ofField: column, in: table.file), 1)
                order.append(value)
            }
        }
        let stageList = config.stages.map(\.id).joined(separator: ", ")
        return order.compactMap { value in
            guard let seen = firstSeen[value] else { return nil }
            let id = mapping.stageID(for: value)
            return Diagnostic(
                at: seen.location,
                field: "stage",
                problem: LocalizedText(
                    en: ImportCommandStrings.text("unmappedStage", .en, value, id, String(seen.count)),
                    zh: ImportCommandStrings.text("unmappedStage", .zhCN, value, id, String(seen.count))
                ),
                hint: LocalizedText(
                    en: ImportCommandStrings.text("unmappedStageHint", .en, value, stageList, id),
                    zh: ImportCommandStrings.text("unmappedStageHint", .zhCN, value, stageList, id)
                )
            )
        }
    }

    /// Returns rep id → owner value as written in the export, for every deal row with an owner.
    static func ownerNames(table: CSVTable, mapping: ImportMapping) -> [String: String] {
        let columns = (mapping.columns["owner"] ?? []).compactMap { table.columnIndex(anyOf: [$0]) }
        var names: [String: String] = [:]
        for record in table.records {
            guard let (_, value) = firstValue(record, columns: columns) else { continue }
            let id = mapping.ownerNormalization.repID(for: value)
            if names[id] == nil { names[id] = value }
        }
        return names
    }

    /// Returns the first of `columns` with a non-empty value in `record`, and that value trimmed.
    private static func firstValue(_ record: CSVRecord, columns: [Int]) -> (Int, String)? {
        for column in columns where column < record.fields.count {
            let value = record.fields[column].trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { return (column, value) }
        }
        return nil
    }

    /// Returns one error per feature status that `roadmap.yml` does not configure, at its first item.
    static func unknownStatuses(_ items: [ImportedItem], config: SiteConfig) -> [Diagnostic] {
        let configured = Set(config.statuses.map(\.id))
        var firstSeen: [String: (location: SourceLocation, count: Int)] = [:]
        var order: [String] = []
        for item in items where item.kind == .feature {
            guard case .string(let status)? = item.value("status"), !configured.contains(status) else { continue }
            if let seen = firstSeen[status] {
                firstSeen[status] = (seen.location, seen.count + 1)
            } else {
                firstSeen[status] = (item.location(of: "status"), 1)
                order.append(status)
            }
        }
        return order.compactMap { status in
            guard let seen = firstSeen[status] else { return nil }
            return Diagnostic(
                at: seen.location,
                field: "status",
                problem: LocalizedText(
                    en: ImportCommandStrings.text("unknownStatus", .en, status, String(seen.count)),
                    zh: ImportCommandStrings.text("unknownStatus", .zhCN, status, String(seen.count))
                ),
                hint: LocalizedText(
                    en: ImportCommandStrings.text("unknownStatusHint", .en, status),
                    zh: ImportCommandStrings.text("unknownStatusHint", .zhCN, status)
                )
            )
        }
    }

    /// Reports each currency of the imported deals that the site cannot convert: not its reporting
    /// currency and without a rate under `exchange_rates`, which `waymark check` would reject.
    static func unconvertibleCurrencies(_ items: [ImportedItem], config: SiteConfig) -> [Diagnostic] {
        var firstSeen: [String: (location: SourceLocation, count: Int)] = [:]
        var order: [String] = []
        for item in items where item.kind == .deal {
            guard case .string(let currency)? = item.value("currency"),
                  currency != config.currency, config.exchangeRates[currency] == nil else { continue }
            if let seen = firstSeen[currency] {
                firstSeen[currency] = (seen.location, seen.count + 1)
            } else {
                firstSeen[currency] = (item.location(of: "currency"), 1)
                order.append(currency)
            }
        }
        return order.compactMap { currency in
            guard let seen = firstSeen[currency] else { return nil }
            return Diagnostic(
                at: seen.location,
                field: "currency",
                problem: LocalizedText(
                    en: "\(seen.count) deals are in \(currency), which the site cannot convert to its reporting currency \(config.currency)",
                    zh: "\(seen.count) 个商机的货币为 \(currency)，站点无法换算为报告货币 \(config.currency)"
                ),
                hint: LocalizedText(
                    en: "add `exchange_rates: {\(currency): RATE}` to roadmap.yml (units of \(config.currency) per 1 \(currency)), or set `currency: \(currency)` there",
                    zh: "在 roadmap.yml 中添加 `exchange_rates: {\(currency): 汇率}`（1 \(currency) 折合多少 \(config.currency)），或将其中的 `currency` 设为 \(currency)"
                )
            )
        }
    }

    /// Returns a rep item for each deal owner that has no rep file yet, so the deals' `owner:`
    /// references resolve. `ownerNames` (rep id → owner value in the export) gives the rep's name
    /// and `crm_id`, the same ones a team import gives, so a later team import updates these files.
    /// NOTE: existing reps are found by file name under `content/reps/`; a rep stored elsewhere
    /// with a `kind: rep` field gets a duplicate.
    static func repsForUnknownOwners(_ items: [ImportedItem], ownerNames: [String: String], existing: ContentIndex) -> [ImportedItem] {
        var known = existing.takenStems[.rep] ?? []
        var reps: [ImportedItem] = []
        for item in items where item.kind == .deal {
            guard case .string(let repID)? = item.value("owner"), !known.contains(repID.lowercased()),
                  let ownerValue = ownerNames[repID] else { continue }
            known.insert(repID.lowercased())
            reps.append(ImportedItem(
                kind: .rep,
                crmID: ownerValue,
                preferredID: repID,
                fields: [("title", .string(ownerValue)), ("name", .string(ownerValue))],
                ownedKeys: ["title", "name"],
                location: item.location(of: "owner")
            ))
        }
        return reps
    }
}
