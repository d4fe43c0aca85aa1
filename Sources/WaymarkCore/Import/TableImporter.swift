import Foundation

/// Turns the records of a CSV table into items through a mapping.
///
/// A problem in one row rejects that row and the import goes on. A problem with a whole column
/// (a required column missing, a date column whose day–month order cannot be decided) is fatal,
/// because every row would be wrong.
public struct TableImporter: Sendable {
    public var mapping: ImportMapping
    public var amountParser: AmountParser
    /// The day–month order for every date column; nil decides it per column.
    public var dateOrder: DateOrder?

    public init(mapping: ImportMapping, amountParser: AmountParser = AmountParser(), dateOrder: DateOrder? = nil) {
        self.mapping = mapping
        self.amountParser = amountParser
        self.dateOrder = dateOrder
    }

    /// Converts every record of `table`.
    /// - Throws: `ImportError` with every column-level problem found.
    public func convert(_ table: CSVTable) throws(ImportError) -> RecordConversion {
        let columns = try resolveColumns(table)
        let parsed = try parseTypedColumns(table, columns: columns)

        var conversion = RecordConversion()
        var firstLineByCRMID: [String: Int] = [:]
        var managerMentions: [(name: String, region: String?, location: SourceLocation)] = []
        for (recordIndex, record) in table.records.enumerated() {
            var row = RowConverter(
                mapping: mapping,
                table: table,
                record: record,
                recordIndex: recordIndex,
                columns: columns,
                parsed: parsed
            )
            let item = row.convert()
            var problems = row.problems
            if let item, let firstLine = firstLineByCRMID[item.crmID] {
                problems.append(row.diagnostic(field: "id", column: row.crmIDColumn(), ImportMessages.duplicateID(item.crmID, firstLine: firstLine)))
            }
            if let item, problems.isEmpty {
                firstLineByCRMID[item.crmID] = record.line
                conversion.items.append(item)
                if let manager = row.rawValue("manager") {
                    managerMentions.append((manager, row.rawValue("region"), item.location(of: "manager")))
                }
            } else {
                conversion.rejections.append(contentsOf: problems)
                conversion.rejectedCount += 1
            }
        }
        if mapping.kind == .rep {
            conversion.items.append(contentsOf: managerReps(for: conversion.items, mentions: managerMentions))
        }
        return conversion
    }

    /// Finds, for each mapped field, the header indices present in this table.
    private func resolveColumns(_ table: CSVTable) throws(ImportError) -> [String: [Int]] {
        var columns: [String: [Int]] = [:]
        var diagnostics: [Diagnostic] = []
        for field in ImportField.fields(for: mapping.kind) {
            let candidates = mapping.columns[field.name] ?? []
            let indices = candidates.compactMap { table.columnIndex(anyOf: [$0]) }
            if !indices.isEmpty {
                columns[field.name] = indices
            } else if field.required && !(mapping.kind == .rep && field.name == "id") {
                diagnostics.append(Diagnostic(
                    at: SourceLocation(file: table.file, line: table.header.line, column: 1),
                    field: field.name,
                    problem: ImportMessages.missingColumn(field.name, candidates: candidates),
                    hint: ImportMessages.missingColumnHint
                ))
            }
        }
        if !diagnostics.isEmpty {
            throw ImportError(diagnostics)
        }
        return columns
    }

    /// Reads the amount and date columns as wholes, because both decide ambiguous values from
    /// the rest of their column.
    private func parseTypedColumns(_ table: CSVTable, columns: [String: [Int]]) throws(ImportError) -> ParsedColumns {
        var parsed = ParsedColumns()
        var diagnostics: [Diagnostic] = []
        for field in ImportField.fields(for: mapping.kind) {
            guard let indices = columns[field.name] else { continue }
            for column in indices {
                let values = table.records.map { column < $0.fields.count ? $0.fields[column] : "" }
                switch field.type {
                case .amount:
                    parsed.amounts[column] = amountParser.parseColumn(values)
                case .date:
                    do {
                        let result = try DateColumnParser(order: dateOrder).parseColumn(values)
                        parsed.dates[column] = result.days
                        parsed.invalidDates[column] = Set(result.invalid)
                    } catch {
                        diagnostics.append(dateColumnDiagnostic(error, table: table, column: column, values: values))
                    }
                default:
                    break
                }
            }
        }
        if !diagnostics.isEmpty {
            throw ImportError(diagnostics)
        }
        return parsed
    }

    private func dateColumnDiagnostic(_ failure: DateColumnParser.ColumnFailure, table: CSVTable, column: Int, values: [String]) -> Diagnostic {
        let header = table.header.fields[column]
        switch failure {
        case .ambiguous(let example):
            return Diagnostic(
                at: table.records[example].location(ofField: column, in: table.file),
                field: header,
                problem: ImportMessages.ambiguousDateColumn(header, example: values[example]),
                hint: ImportMessages.dateOrderHint
            )
        case .conflicting(let dmyExample, let mdyExample):
            let dmyLocation = table.records[dmyExample].location(ofField: column, in: table.file)
            let mdyLocation = table.records[mdyExample].location(ofField: column, in: table.file)
            return Diagnostic(
                at: mdyLocation,
                field: header,
                problem: ImportMessages.conflictingDateColumn(
                    header,
                    dmyValue: values[dmyExample], dmyLine: dmyLocation.line,
                    mdyValue: values[mdyExample], mdyLine: mdyLocation.line
                ),
                hint: ImportMessages.conflictingDateHint
            )
        }
    }

    /// Reps for managers who are named only as managers, so `manager:` ids resolve. The region is
    /// set when all the manager's reps share one.
    private func managerReps(
        for reps: [ImportedItem],
        mentions: [(name: String, region: String?, location: SourceLocation)]
    ) -> [ImportedItem] {
        let repIDs = Set(reps.map(\.preferredID))
        var regionsByManager: [String: Set<String>] = [:]
        var firstMention: [String: SourceLocation] = [:]
        var order: [String] = []
        for mention in mentions where !repIDs.contains(mapping.ownerNormalization.repID(for: mention.name)) {
            if firstMention[mention.name] == nil {
                firstMention[mention.name] = mention.location
                order.append(mention.name)
            }
            if let region = mention.region {
                regionsByManager[mention.name, default: []].insert(region)
            }
        }
        return order.compactMap { name in
            guard let location = firstMention[name] else { return nil }
            var fields: [(key: String, value: FrontMatterValue)] = [("title", .string(name)), ("name", .string(name))]
            if let regions = regionsByManager[name], regions.count == 1, let region = regions.first {
                fields.append(("region", .string(region)))
            }
            return ImportedItem(
                kind: .rep,
                crmID: name,
                preferredID: mapping.ownerNormalization.repID(for: name),
                fields: fields,
                ownedKeys: ["title", "name", "region"],
                location: location
            )
        }
    }
}

/// Amount and date columns read as wholes, keyed by column index.
struct ParsedColumns {
    var amounts: [Int: [Amount?]] = [:]
    var dates: [Int: [CalendarDay?]] = [:]
    var invalidDates: [Int: Set<Int>] = [:]
}
