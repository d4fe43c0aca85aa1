/// Parses Mustache source into a node tree in one pass over its UTF-8 bytes.
///
/// Tags that may stand alone (sections, inverted sections, closing tags, comments, partials and
/// delimiter changes) are removed together with their whole line when nothing but spaces and tabs
/// share the line with them. Interpolation tags never stand alone.
struct TemplateParser {
    private let bytes: [UInt8]
    private let name: String
    private var openDelimiter: [UInt8] = Array("{{".utf8)
    private var closeDelimiter: [UInt8] = Array("}}".utf8)
    /// Start of the text not yet turned into nodes.
    private var textStart = 0
    /// Nodes of the innermost open section, or of the template when none is open.
    private var nodes: [TemplateNode] = []
    private var openSections: [OpenSection] = []

    private struct OpenSection {
        let name: String
        let path: [String]
        let inverted: Bool
        let tagOffset: Int
        /// Nodes of the enclosing level, restored when the section closes.
        let enclosingNodes: [TemplateNode]
    }

    private enum TagKind {
        case variable(escaped: Bool)
        case section(inverted: Bool)
        case closing
        case comment
        case partial
        case delimiters

        var canStandAlone: Bool {
            switch self {
            case .variable: false
            case .section, .closing, .comment, .partial, .delimiters: true
            }
        }
    }

    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    init(source: String, name: String) {
        self.bytes = Array(source.utf8)
        self.name = name
    }

    mutating func parse() throws(TemplateError) -> [TemplateNode] {
        var position = 0
        while let tagStart = find(openDelimiter, from: position) {
            position = try parseTag(at: tagStart)
        }
        appendText(upTo: bytes.count, lineStartAtEnd: false)

        if let unclosed = openSections.last {
            throw error(
                .unclosedSection(name: unclosed.name), at: unclosed.tagOffset,
                en: "section `\(unclosed.name)` is never closed; add `{{/\(unclosed.name)}}` where it should end",
                zh: "区块 `\(unclosed.name)` 没有结束标签；请在区块结束处加上 `{{/\(unclosed.name)}}`"
            )
        }
        return nodes
    }

    /// Parses the tag whose opening delimiter starts at `tagStart` and returns the offset where
    /// scanning resumes.
    private mutating func parseTag(at tagStart: Int) throws(TemplateError) -> Int {
        var contentStart = tagStart + openDelimiter.count
        let sigil = contentStart < bytes.count ? bytes[contentStart] : 0
        let kind: TagKind
        var closing = closeDelimiter
        switch sigil {
        case UInt8(ascii: "#"): kind = .section(inverted: false)
        case UInt8(ascii: "^"): kind = .section(inverted: true)
        case UInt8(ascii: "/"): kind = .closing
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "="): kind = .delimiters
        case UInt8(ascii: "&"): kind = .variable(escaped: false)
        case UInt8(ascii: "{"):
            kind = .variable(escaped: false)
            closing = [UInt8(ascii: "}")] + closeDelimiter
        default: kind = .variable(escaped: true)
        }
        if case .variable(escaped: true) = kind {} else {
            contentStart += 1
        }

        guard let closeStart = find(closing, from: contentStart) else {
            let closingText = String(decoding: closing, as: UTF8.self)
            throw error(
                .unclosedTag, at: tagStart,
                en: "tag is not closed; add `\(closingText)` after the tag's name",
                zh: "标签没有闭合；请在标签名之后加上 `\(closingText)`"
            )
        }
        let tagEnd = closeStart + closing.count
        let rawContent = String(decoding: bytes[contentStart..<closeStart], as: UTF8.self)
        let content = Self.trimmingWhitespace(rawContent)

        if kind.canStandAlone, let line = standaloneLine(tagStart: tagStart, tagEnd: tagEnd) {
            appendText(upTo: line.start, lineStartAtEnd: false)
            textStart = line.end
            let indentation = String(decoding: bytes[line.start..<tagStart], as: UTF8.self)
            try addTag(kind, content: content, at: tagStart, indentation: indentation)
            return line.end
        }
        appendText(upTo: tagStart, lineStartAtEnd: true)
        textStart = tagEnd
        try addTag(kind, content: content, at: tagStart, indentation: nil)
        return tagEnd
    }

    private mutating func addTag(
        _ kind: TagKind, content: String, at tagStart: Int, indentation: String?
    ) throws(TemplateError) {
        switch kind {
        case .comment:
            break
        case .variable(let escaped):
            nodes.append(.variable(path: try parsePath(content, at: tagStart), escaped: escaped))
        case .partial:
            if content.isEmpty || content.contains(where: \.isWhitespace) {
                throw invalidName(content, at: tagStart)
            }
            nodes.append(.partial(name: content, indentation: indentation, location: location(of: tagStart)))
        case .section(let inverted):
            let path = try parsePath(content, at: tagStart)
            openSections.append(OpenSection(
                name: content, path: path, inverted: inverted, tagOffset: tagStart, enclosingNodes: nodes
            ))
            nodes = []
        case .closing:
            try closeSection(named: content, at: tagStart)
        case .delimiters:
            try changeDelimiters(content, at: tagStart)
        }
    }

    private mutating func closeSection(named closingName: String, at tagStart: Int) throws(TemplateError) {
        guard let section = openSections.popLast() else {
            throw error(
                .unopenedClosingTag(name: closingName), at: tagStart,
                en: "closing tag `{{/\(closingName)}}` has no matching `{{#\(closingName)}}` before it",
                zh: "结束标签 `{{/\(closingName)}}` 之前没有对应的 `{{#\(closingName)}}`"
            )
        }
        guard section.name == closingName else {
            let opened = location(of: section.tagOffset)
            throw error(
                .mismatchedClosingTag(expected: section.name, found: closingName), at: tagStart,
                en: "closing tag `{{/\(closingName)}}` does not match section `\(section.name)` "
                    + "opened at line \(opened.line), column \(opened.column); "
                    + "close that section with `{{/\(section.name)}}` first",
                zh: "结束标签 `{{/\(closingName)}}` 与第 \(opened.line) 行第 \(opened.column) 列打开的区块 "
                    + "`\(section.name)` 不对应；请先用 `{{/\(section.name)}}` 结束该区块"
            )
        }
        let children = nodes
        nodes = section.enclosingNodes
        nodes.append(.section(path: section.path, inverted: section.inverted, children: children))
    }

    /// Applies `{{=open close=}}`, given the trimmed tag content after the first `=`.
    private mutating func changeDelimiters(_ content: String, at tagStart: Int) throws(TemplateError) {
        var parts: [Substring] = []
        if content.hasSuffix("=") {
            parts = content.dropLast().split(whereSeparator: \.isWhitespace)
        }
        guard parts.count == 2, parts.allSatisfy({ !$0.contains("=") }) else {
            throw error(
                .invalidDelimiters(content: content), at: tagStart,
                en: "delimiter change `=\(content)` is invalid; write two delimiters without spaces or `=`, "
                    + "separated by a space, such as `{{=<% %>=}}`",
                zh: "分隔符设置 `=\(content)` 无效；请写出两个不含空格和 `=` 的分隔符，中间用空格分开，"
                    + "例如 `{{=<% %>=}}`"
            )
        }
        openDelimiter = Array(parts[0].utf8)
        closeDelimiter = Array(parts[1].utf8)
    }

    /// Splits a tag name on dots. The name `.` is the top of the context stack and returns `[]`.
    private func parsePath(_ content: String, at tagStart: Int) throws(TemplateError) -> [String] {
        if content == "." {
            return []
        }
        let parts = content.split(separator: ".", omittingEmptySubsequences: false)
        guard !content.contains(where: \.isWhitespace), parts.allSatisfy({ !$0.isEmpty }) else {
            throw invalidName(content, at: tagStart)
        }
        return parts.map(String.init)
    }

    /// Returns the line around a tag when only spaces and tabs share it with the tag: `start` is the
    /// line's first byte and `end` the byte after its line break, or the end of the source.
    private func standaloneLine(tagStart: Int, tagEnd: Int) -> (start: Int, end: Int)? {
        var start = tagStart
        while start > textStart, Self.isBlank(bytes[start - 1]) {
            start -= 1
        }
        let startsLine: Bool
        if start > textStart {
            startsLine = bytes[start - 1] == Self.newline
        } else {
            // The pending text is all blank, so the line starts here only if the previous tag
            // ended a line or there is no previous tag.
            startsLine = start == 0 || bytes[start - 1] == Self.newline
        }
        guard startsLine else {
            return nil
        }

        var end = tagEnd
        while end < bytes.count, Self.isBlank(bytes[end]) {
            end += 1
        }
        if end == bytes.count {
            return (start, end)
        }
        if bytes[end] == Self.newline {
            return (start, end + 1)
        }
        if bytes[end] == Self.carriageReturn, end + 1 < bytes.count, bytes[end + 1] == Self.newline {
            return (start, end + 2)
        }
        return nil
    }

    /// Turns the pending text up to `end` into text nodes with a `.lineStart` node at the start of
    /// each source line. `lineStartAtEnd` is false when a standalone tag's line starts at `end`,
    /// because that line is removed and must not be indented.
    private mutating func appendText(upTo end: Int, lineStartAtEnd: Bool) {
        let start = textStart
        func isLineStart(_ offset: Int) -> Bool {
            guard offset < bytes.count, offset < end || lineStartAtEnd else {
                return false
            }
            return offset == 0 || bytes[offset - 1] == Self.newline
        }

        if isLineStart(start) {
            nodes.append(.lineStart)
        }
        var pieceStart = start
        var offset = start
        while offset < end {
            if bytes[offset] == Self.newline {
                nodes.append(.text(String(decoding: bytes[pieceStart...offset], as: UTF8.self)))
                pieceStart = offset + 1
                if isLineStart(offset + 1) {
                    nodes.append(.lineStart)
                }
            }
            offset += 1
        }
        if pieceStart < end {
            nodes.append(.text(String(decoding: bytes[pieceStart..<end], as: UTF8.self)))
        }
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else {
            return nil
        }
        var offset = start
        let lastStart = bytes.count - needle.count
        while offset <= lastStart {
            if bytes[offset] == first, bytes[offset..<(offset + needle.count)].elementsEqual(needle) {
                return offset
            }
            offset += 1
        }
        return nil
    }

    /// Returns the 1-based line and column of a byte offset; columns count Unicode scalars.
    private func location(of offset: Int) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == Self.newline {
                line += 1
                column = 1
            } else if byte & 0b1100_0000 != 0b1000_0000 {
                column += 1
            }
        }
        return SourceLocation(file: name, line: line, column: column)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private func invalidName(_ content: String, at offset: Int) -> TemplateError {
        error(
            .invalidName(name: content), at: offset,
            en: "tag name `\(content)` is invalid; use a non-empty name without spaces or empty parts "
                + "between dots, such as `title` or `owner.name`",
            zh: "标签名 `\(content)` 无效；请使用非空、不含空格、点号之间不为空的名称，例如 `title` 或 `owner.name`"
        )
    }

    private func error(_ kind: TemplateError.Kind, at offset: Int, en: String, zh: String) -> TemplateError {
        TemplateError(kind, at: location(of: offset), message: LocalizedText(en: en, zh: zh))
    }

    private static func trimmingWhitespace(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace })
        else {
            return ""
        }
        return String(text[first...last])
    }
}
