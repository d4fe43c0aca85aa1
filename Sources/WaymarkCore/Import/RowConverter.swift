import Foundation

/// Converts one CSV record into an item, collecting every problem it finds in the record.
struct RowConverter {
    let mapping: ImportMapping
    let table: CSVTable
    let record: CSVRecord
    let recordIndex: Int
    let columns: [String: [Int]]
    let parsed: ParsedColumns
    private(set) var problems: [Diagnostic] = []

    init(mapping: ImportMapping, table: CSVTable, record: CSVRecord, recordIndex: Int, columns: [String: [Int]], parsed: ParsedColumns) {
        self.mapping = mapping
        self.table = table
        self.record = record
        self.recordIndex = recordIndex
        self.columns = columns
        self.parsed = parsed
    }

    /// Returns an error at the field in `column`, or at the start of the record when `column` is nil.
    func diagnostic(field: String?, column: Int?, _ problem: LocalizedText, hint: LocalizedText? = nil) -> Diagnostic {
        Diagnostic(at: location(ofColumn: column), field: field, problem: problem, hint: hint)
    }

    /// Returns the start of the field in `column`, or the start of the record when `column` is nil
    /// or the record is too short to have that field.
    func location(ofColumn column: Int?) -> SourceLocation {
        guard let column else {
            return SourceLocation(file: table.file, line: record.line, column: 1)
        }
        return record.location(ofField: column, in: table.file)
    }

    /// Returns the column the CRM id comes from: the `id` column, or for reps and accounts the
    /// `name` column when the id is empty.
    func crmIDColumn() -> Int? {
        if let column = firstColumn("id") { return column }
        guard mapping.kind != .deal && mapping.kind != .feature else { return nil }
        return firstColumn("name")
    }

    /// Returns the first mapped column for `field` that this record has, even when its value is
    /// empty, so that a missing value is reported where it should be.
    private func presentColumn(_ field: String) -> Int? {
        (columns[field] ?? []).first { $0 < record.fields.count }
    }

    /// Returns the trimmed value of the first mapped column for `field` that is not empty in this record.
    func rawValue(_ field: String) -> String? {
        firstColumn(field).map { record.fields[$0].trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    private func firstColumn(_ field: String) -> Int? {
        (columns[field] ?? []).first { column in
            column < record.fields.count && !record.fields[column].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
    }

    mutating func convert() -> ImportedItem? {
        if record.fields.count > table.header.fields.count {
            problems.append(diagnostic(field: nil, column: nil, ImportMessages.tooManyFields(record.fields.count, header: table.header.fields.count)))
            return nil
        }

        var values: [String: FrontMatterValue] = [:]
        var amountCurrency: String?
        var opened: CalendarDay?
        var close: CalendarDay?
        var closeColumn: Int?
        var fieldLocations: [String: SourceLocation] = [:]
        let fields = ImportField.fields(for: mapping.kind)
        for field in fields where field.type != .crmID {
            guard let column = firstColumn(field.name), let raw = rawValue(field.name) else {
                if field.required {
                    problems.append(diagnostic(field: field.name, column: presentColumn(field.name), ImportMessages.missingValue(field.name)))
                }
                continue
            }
            fieldLocations[field.name] = location(ofColumn: column)
            switch field.type {
            case .crmID:
                break
            case .text:
                values[field.name] = .string(raw)
            case .stage:
                values[field.name] = .string(mapping.stageID(for: raw))
            case .rep:
                values[field.name] = .string(mapping.ownerNormalization.repID(for: raw))
            case .currency:
                let code = raw.uppercased()
                if code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) {
                    values[field.name] = .string(code)
                } else {
                    problems.append(diagnostic(field: field.name, column: column, ImportMessages.invalidCurrency(raw)))
                }
            case .amount:
                if let amount = parsed.amounts[column]?[recordIndex] {
                    values[field.name] = .number(amount.plainValue)
                    amountCurrency = amount.currency
                } else {
                    problems.append(diagnostic(field: field.name, column: column, ImportMessages.invalidAmount(raw), hint: ImportMessages.amountHint))
                }
            case .probability:
                if let probability = parseProbability(raw) {
                    values[field.name] = .number(probability.description)
                } else {
                    problems.append(diagnostic(field: field.name, column: column, ImportMessages.invalidProbability(raw)))
                }
            case .date:
                if parsed.invalidDates[column]?.contains(recordIndex) == true {
                    problems.append(diagnostic(field: field.name, column: column, ImportMessages.invalidDate(raw)))
                } else if let day = parsed.dates[column]?[recordIndex] ?? nil {
                    values[field.name] = .string(day.description)
                    if field.name == "opened" { opened = day }
                    if field.name == "close" {
                        close = day
                        closeColumn = column
                    }
                }
            }
        }

        reconcileCurrency(amountCurrency, into: &values, fieldLocations: &fieldLocations)
        if let opened, let close, close < opened {
            problems.append(diagnostic(field: "close", column: closeColumn, ImportMessages.closeBeforeOpen(close: close.description, opened: opened.description)))
        }

        guard let crmIDColumn = crmIDColumn() else {
            problems.append(diagnostic(field: "id", column: presentColumn("id"), ImportMessages.missingValue("id")))
            return nil
        }
        let crmID = record.fields[crmIDColumn].trimmingCharacters(in: .whitespacesAndNewlines)
        var item = makeItem(crmID: crmID, values: values, fields: fields)
        item.fieldLocations = fieldLocations
        return item
    }

    /// Uses the amount's currency when there is no currency column value, and rejects a conflict.
    private mutating func reconcileCurrency(
        _ amountCurrency: String?,
        into values: inout [String: FrontMatterValue],
        fieldLocations: inout [String: SourceLocation]
    ) {
        guard let amountCurrency else { return }
        if case .string(let columnCurrency)? = values["currency"], columnCurrency != amountCurrency {
            problems.append(diagnostic(field: "currency", column: firstColumn("currency"), ImportMessages.currencyConflict(amount: amountCurrency, column: columnCurrency)))
        } else if values["currency"] == nil {
            values["currency"] = .string(amountCurrency)
            fieldLocations["currency"] = fieldLocations["amount"]
        }
    }

    private func makeItem(crmID: String, values: [String: FrontMatterValue], fields: [ImportField]) -> ImportedItem {
        let title: String
        if case .string(let mapped)? = values["title"] ?? values["name"] {
            title = mapped
        } else {
            let parts = mapping.titleFields.compactMap { key -> String? in
                if case .string(let part)? = values[key] { return part }
                return nil
            }
            title = parts.isEmpty ? crmID : parts.joined(separator: " · ")
        }

        var entries: [(key: String, value: FrontMatterValue)] = [("title", .string(title))]
        var owned: Set<String> = ["title"]
        for field in fields where field.type != .crmID && field.name != "title" {
            if columns[field.name] != nil || (field.name == "currency" && columns["amount"] != nil) {
                owned.insert(field.name)
            }
            if let value = values[field.name] {
                entries.append((field.name, value))
            }
        }

        let preferredID: String
        switch mapping.kind {
        case .rep:
            preferredID = mapping.ownerNormalization.repID(for: title)
        default:
            preferredID = Slug.make(title, fallback: crmID)
        }
        return ImportedItem(
            kind: mapping.kind,
            crmID: crmID,
            preferredID: preferredID,
            fields: entries,
            ownedKeys: owned,
            location: location(ofColumn: nil)
        )
    }

    /// Reads `60%`, `60` or `0.6` as a fraction from 0 to 1; bare numbers are percentages when
    /// `probabilityIsPercent` is set.
    private func parseProbability(_ raw: String) -> Decimal? {
        var text = raw
        var percent = mapping.probabilityIsPercent
        if text.hasSuffix("%") {
            text.removeLast()
            percent = true
        }
        text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let number = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            return nil
        }
        let fraction = percent ? number / 100 : number
        guard fraction >= 0, fraction <= 1 else { return nil }
        return fraction
    }
}
