/// An RFC 4180 CSV reader for CRM exports.
///
/// Beyond RFC 4180 it accepts a UTF-8 byte order mark, LF or lone CR line ends as well as CRLF,
/// an Excel `sep=;` first line, and `;` or tab delimiters detected from the header line.
/// Line breaks inside quoted fields are kept as `\n`. A `"` inside an unquoted field is kept as
/// a literal character, as Excel does. Text between a closing quote and the next delimiter is an
/// error, and so is a quote that never closes.
public struct CSVReader: Sendable {
    /// The delimiter to use; nil detects it from a `sep=` line or from the header line.
    public var delimiter: Character?

    public init(delimiter: Character? = nil) {
        self.delimiter = delimiter
    }

    /// Parses `text` into a header and data records. Blank lines between records are skipped.
    /// - Throws: `ImportError` for an empty file, an unterminated quote or text after a closing quote.
    public func read(_ text: String, file: String) throws(ImportError) -> CSVTable {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" {
            scalars.removeFirst()
        }

        var start = 0
        var firstLine = 1
        var chosenDelimiter = delimiter.flatMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil }
        if let (separator, next) = CSVReader.excelSeparatorLine(scalars) {
            if chosenDelimiter == nil {
                chosenDelimiter = separator
            }
            start = next
            firstLine = 2
        }
        let resolvedDelimiter = chosenDelimiter ?? CSVReader.detectDelimiter(scalars, from: start)

        var parser = Parser(scalars: scalars, delimiter: resolvedDelimiter, file: file, index: start, line: firstLine)
        var records: [CSVRecord] = []
        while let record = try parser.nextRecord() {
            records.append(record)
        }
        guard let header = records.first else {
            throw ImportError(Diagnostic(
                at: SourceLocation(file: file, line: 1, column: 1),
                problem: ImportMessages.emptyCSV
            ))
        }
        return CSVTable(
            file: file,
            delimiter: Character(resolvedDelimiter),
            header: header,
            records: Array(records.dropFirst())
        )
    }

    /// Reads an Excel `sep=X` first line; returns the delimiter and the index after the line end.
    static func excelSeparatorLine(_ scalars: [Unicode.Scalar]) -> (Unicode.Scalar, Int)? {
        guard scalars.count >= 5 else { return nil }
        let prefix = String(String.UnicodeScalarView(scalars[0..<4])).lowercased()
        guard prefix == "sep=" else { return nil }
        let separator = scalars[4]
        var index = 5
        if index < scalars.count, scalars[index] == "\r" { index += 1 }
        if index < scalars.count, scalars[index] == "\n" { index += 1 }
        // The line must end right after the separator, or it is an ordinary header named "sep=…".
        guard index == scalars.count || index > 5 else { return nil }
        return (separator, index)
    }

    /// Picks the most frequent of `,` `;` and tab on the header line, counting only outside
    /// quotes. Ties and a header with none of them give `,`.
    static func detectDelimiter(_ scalars: [Unicode.Scalar], from start: Int) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" {
                inQuotes.toggle()
            } else if !inQuotes && (scalar == "\n" || scalar == "\r") {
                break
            } else if !inQuotes, let count = counts[scalar] {
                counts[scalar] = count + 1
            }
            index += 1
        }
        let candidates: [Unicode.Scalar] = [",", ";", "\t"]
        var best: Unicode.Scalar = ","
        for candidate in candidates where (counts[candidate] ?? 0) > (counts[best] ?? 0) {
            best = candidate
        }
        return best
    }
}

extension CSVReader {
    /// The record-by-record state machine; tracks the physical line and column of every scalar.
    struct Parser {
        let scalars: [Unicode.Scalar]
        let delimiter: Unicode.Scalar
        let file: String
        var index: Int
        var line: Int
        var column = 1

        init(scalars: [Unicode.Scalar], delimiter: Unicode.Scalar, file: String, index: Int, line: Int) {
            self.scalars = scalars
            self.delimiter = delimiter
            self.file = file
            self.index = index
            self.line = line
        }

        mutating func nextRecord() throws(ImportError) -> CSVRecord? {
            while index < scalars.count {
                // Skip blank lines between records.
                if scalars[index] == "\n" || scalars[index] == "\r" {
                    consumeLineEnd()
                    continue
                }
                let recordLine = line
                var fields: [String] = []
                var fieldStarts: [CSVPosition] = []
                while true {
                    fieldStarts.append(CSVPosition(line: line, column: column))
                    let (field, atRecordEnd) = try readField()
                    fields.append(field)
                    if atRecordEnd { break }
                }
                return CSVRecord(line: recordLine, fields: fields, fieldStarts: fieldStarts)
            }
            return nil
        }

        /// Reads one field and the delimiter or line end after it; returns whether the record ended.
        private mutating func readField() throws(ImportError) -> (String, Bool) {
            var value = String.UnicodeScalarView()
            if index < scalars.count, scalars[index] == "\"" {
                let openLine = line
                let openColumn = column
                advance()
                while true {
                    guard index < scalars.count else {
                        throw ImportError(Diagnostic(
                            at: SourceLocation(file: file, line: openLine, column: openColumn),
                            problem: ImportMessages.unterminatedQuote
                        ))
                    }
                    let scalar = scalars[index]
                    if scalar == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            value.append("\"")
                            advance()
                            advance()
                            continue
                        }
                        advance()
                        break
                    }
                    if scalar == "\r" || scalar == "\n" {
                        value.append("\n")
                        consumeLineEnd()
                        continue
                    }
                    value.append(scalar)
                    advance()
                }
                if index < scalars.count, scalars[index] != delimiter, scalars[index] != "\r", scalars[index] != "\n" {
                    throw ImportError(Diagnostic(
                        at: SourceLocation(file: file, line: line, column: column),
                        problem: ImportMessages.textAfterClosingQuote
                    ))
                }
            } else {
                while index < scalars.count {
                    let scalar = scalars[index]
                    if scalar == delimiter || scalar == "\r" || scalar == "\n" { break }
                    value.append(scalar)
                    advance()
                }
            }
            guard index < scalars.count else { return (String(value), true) }
            if scalars[index] == delimiter {
                advance()
                return (String(value), false)
            }
            consumeLineEnd()
            return (String(value), true)
        }

        private mutating func advance() {
            index += 1
            column += 1
        }

        /// Consumes one CRLF, LF or lone CR and moves to the next physical line.
        private mutating func consumeLineEnd() {
            if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                index += 1
            }
            index += 1
            line += 1
            column = 1
        }
    }
}
