import Foundation

/// A parsed CSV file: the header record, the data records and the delimiter that was used.
public struct CSVTable: Sendable {
    public var file: String
    public var delimiter: Character
    public var header: CSVRecord
    public var records: [CSVRecord]

    public init(file: String, delimiter: Character, header: CSVRecord, records: [CSVRecord]) {
        self.file = file
        self.delimiter = delimiter
        self.header = header
        self.records = records
    }

    /// Returns the index of the first header that matches one of `names`, trying the names in
    /// order. Matching ignores case and surrounding spaces, because CRM exports vary in both.
    public func columnIndex(anyOf names: [String]) -> Int? {
        let normalizedHeader = header.fields.map { CSVTable.normalizeHeader($0) }
        for name in names {
            if let index = normalizedHeader.firstIndex(of: CSVTable.normalizeHeader(name)) {
                return index
            }
        }
        return nil
    }

    static func normalizeHeader(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
