/// Finds the YAML front matter of a content file line by line.
///
/// The front matter starts when the file's first line is `---` and ends at the next line that is
/// `---`. Both lines may carry trailing spaces or tabs. A UTF-8 byte order mark is dropped and
/// CRLF line endings become LF first. Later `---` lines belong to the body, where Markdown reads
/// them as thematic breaks or setext underlines.
public enum FrontMatterScanner {
    public static func scan(_ text: String) throws(FrontMatterError) -> FrontMatter {
        let lines = normalizedLines(text)
        guard let first = lines.first, isFence(first) else {
            return FrontMatter(yaml: nil, yamlFirstLine: 1, body: joined(lines[...]), bodyFirstLine: 1)
        }

        guard let closingIndex = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
            throw .missingClosingLine(openingLine: 1)
        }
        let yamlLines = lines[1..<closingIndex]
        let bodyLines = lines[(closingIndex + 1)...]
        return FrontMatter(
            yaml: joined(yamlLines),
            yamlFirstLine: 2,
            body: joined(bodyLines),
            bodyFirstLine: closingIndex + 2
        )
    }

    /// Returns whether a line, without its line ending, is `---` followed only by spaces or tabs.
    private static func isFence(_ line: Substring.UnicodeScalarView) -> Bool {
        var rest = line[...]
        guard rest.starts(with: "---".unicodeScalars) else { return false }
        rest = rest.dropFirst(3)
        return rest.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Splits the text into lines without their endings, after dropping a byte order mark and
    /// turning CRLF into LF. A final line ending produces a last, empty line.
    private static func normalizedLines(_ text: String) -> [Substring.UnicodeScalarView] {
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" {
            scalars = scalars.dropFirst()
        }
        return scalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? line.dropLast() : line
        }
    }

    /// Joins lines with LF, the inverse of `normalizedLines` for the lines given.
    private static func joined(_ lines: ArraySlice<Substring.UnicodeScalarView>) -> String {
        var result = String.UnicodeScalarView()
        for (offset, line) in lines.enumerated() {
            if offset > 0 {
                result.append("\n")
            }
            result.append(contentsOf: line)
        }
        return String(result)
    }
}
