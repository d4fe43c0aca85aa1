/// One CSV record with the physical line (from 1) its first field starts on, so that
/// messages point at the right line even after quoted fields that span several lines.
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
