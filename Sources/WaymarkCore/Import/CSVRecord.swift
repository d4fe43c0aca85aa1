/// One CSV record with the physical line (from 1) its first field starts on, so that
/// messages point at the right line even after quoted fields that span several lines.
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var fields: [String]
    /// The start of each field in `fields`, at the same index. A quoted field starts at its
    /// opening quote, and a field after a multi-line quoted field starts on a later line.
    public var fieldStarts: [CSVPosition]

    public init(line: Int, fields: [String], fieldStarts: [CSVPosition]) {
        self.line = line
        self.fields = fields
        self.fieldStarts = fieldStarts
    }

    /// Returns the start of the field at `index` in `file`, or the start of the record when the
    /// record is too short to have that field.
    public func location(ofField index: Int, in file: String) -> SourceLocation {
        guard index >= 0, index < fieldStarts.count else {
            return SourceLocation(file: file, line: line, column: 1)
        }
        let start = fieldStarts[index]
        return SourceLocation(file: file, line: start.line, column: start.column)
    }
}

/// A physical position in CSV text. Both numbers count from 1, and columns count Unicode
/// scalars, as `SourceLocation` does. A byte order mark at the start of the file is not counted.
public struct CSVPosition: Sendable, Equatable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
