/// An item file split at its front matter with a line-anchored scan: a `---` first line (after
/// an optional byte order mark) and the next line that is exactly `---`. CRLF line ends are
/// accepted and remembered, so an updated file keeps them.
struct FrontMatterLines {
    var byteOrderMark: Bool
    var lineEnd: String
    /// The lines between the two `---` lines, without line ends.
    var lines: [String]
    /// Everything after the closing `---` line, unchanged.
    var rest: String

    /// Splits `text`; nil when the file has no complete front matter.
    init?(_ text: String) {
        var content = Substring(text)
        byteOrderMark = content.unicodeScalars.first == "\u{FEFF}"
        if byteOrderMark {
            content = Substring(content.unicodeScalars.dropFirst())
        }
        lineEnd = content.contains("\r\n") ? "\r\n" : "\n"

        var lines: [String] = []
        var index = content.startIndex
        var isFirst = true
        while index < content.endIndex {
            // Swift reads CRLF as one Character, so both forms are looked for.
            let lineEndIndex = content[index...].firstIndex { $0 == "\n" || $0 == "\r\n" } ?? content.endIndex
            var line = content[index..<lineEndIndex]
            if line.hasSuffix("\r") { line = line.dropLast() }
            let next = lineEndIndex < content.endIndex ? content.index(after: lineEndIndex) : content.endIndex
            if isFirst {
                guard line == "---" else { return nil }
                isFirst = false
            } else if line == "---" {
                self.lines = lines
                self.rest = String(content[next...])
                return
            } else {
                lines.append(String(line))
            }
            index = next
        }
        return nil
    }

    /// Returns the top-level key a line starts, or nil for a continuation, comment or blank line.
    static func key(of line: String) -> String? {
        guard let first = line.first, first != " ", first != "\t", first != "#", first != "-",
              let colon = line.firstIndex(of: ":") else { return nil }
        let after = line.index(after: colon)
        guard after == line.endIndex || line[after] == " " || line[after] == "\t" else { return nil }
        return String(line[..<colon])
    }

    /// Returns the scalar value of the first top-level `key:` line.
    func value(of key: String) -> String? {
        for line in lines where FrontMatterLines.key(of: line) == key {
            guard let colon = line.firstIndex(of: ":") else { continue }
            return FrontMatterWriter.unquote(line[line.index(after: colon)...])
        }
        return nil
    }

    /// Reassembles the file with new front matter lines.
    func text(with newLines: [String]) -> String {
        var text = byteOrderMark ? "\u{FEFF}" : ""
        text += "---" + lineEnd
        for line in newLines {
            text += line + lineEnd
        }
        text += "---" + lineEnd
        return text + rest
    }
}
