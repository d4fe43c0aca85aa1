/// Turns HTML from a source system into Markdown that shows the same words and can hold no raw
/// HTML: tags are dropped (block tags become paragraph breaks, `<li>` a list item), entities are
/// decoded, and every character Markdown gives a meaning to is escaped with a backslash, so
/// `&lt;script&gt;` ends up as the visible text `<script>`.
enum MarkdownText {
    static func fromHTML(_ html: String) -> String {
        let listMarker = "\u{E000}"
        var pieces = ""
        var index = html.startIndex
        var skippedElement: String?
        while index < html.endIndex {
            if html[index] == "<", let close = html[index...].firstIndex(of: ">") {
                let inside = html[html.index(after: index)..<close]
                let isEnd = inside.hasPrefix("/")
                let name = inside.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                index = html.index(after: close)
                if let skipped = skippedElement {
                    if isEnd && name == skipped { skippedElement = nil }
                    continue
                }
                switch name {
                case "script", "style":
                    if !isEnd { skippedElement = name }
                case "li":
                    if !isEnd { pieces += "\n" + listMarker }
                case "br", "p", "div", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table":
                    pieces += "\n\n"
                default:
                    break
                }
                continue
            }
            let nextTag = html[index...].firstIndex(of: "<").map { $0 == index ? html.index(after: index) : $0 } ?? html.endIndex
            if skippedElement == nil {
                let text = decodeEntities(String(html[index..<nextTag]))
                pieces += escape(text.replacing("\n", with: " ").replacing("\r", with: " ").replacing("\t", with: " "))
            }
            index = nextTag
        }

        var lines: [String] = []
        for rawLine in pieces.split(separator: "\n", omittingEmptySubsequences: false) {
            let collapsed = rawLine.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).joined(separator: " ")
            var line = escapeLineStart(collapsed)
            line = line.replacing(listMarker, with: "- ")
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Backslash-escapes the characters that start Markdown inline syntax or raw HTML.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>&#|~!".contains(character) {
                escaped.append("\\")
            }
            escaped.append(character)
        }
        return escaped
    }

    /// Escapes what would start a list, a heading underline or a numbered list at a line's start.
    private static func escapeLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "-+=".contains(first) {
            return "\\" + line
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = line.dropFirst(digits.count).first, after == "." || after == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return line
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "#39": "'"]
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index] == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") else {
                result.append(text[index])
                index = text.index(after: index)
                continue
            }
            let name = String(text[text.index(after: index)..<semicolon])
            var decoded = named[name]
            if decoded == nil, name.hasPrefix("#") {
                let number = name.dropFirst()
                let value = number.first == "x" || number.first == "X" ? UInt32(number.dropFirst(), radix: 16) : UInt32(number)
                decoded = value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            }
            if let decoded {
                result += decoded
                index = text.index(after: semicolon)
            } else {
                result.append(text[index])
                index = text.index(after: index)
            }
        }
        return result
    }
}
