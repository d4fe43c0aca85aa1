/// An item's Markdown body split into the description, which every site shows, and the internal
/// notes, which only the internal site shows.
///
/// The split is at the first line that is exactly `<!-- internal -->`, give or take spaces and
/// tabs around it. The marker line itself belongs to neither part. The marker is line-anchored, so
/// the same comment inside a paragraph line does not split. A marker inside a fenced code block
/// (``` or ~~~) does not count either, so documentation can show the marker.
public struct MarkdownBody: Hashable, Sendable {
    public static let internalMarker = "<!-- internal -->"

    /// The Markdown before the marker, or the whole body when there is no marker.
    public var description: String
    /// The Markdown after the marker, or nil when there is no marker.
    public var internalNotes: String?
    /// File line number of the first line of `internalNotes`.
    public var internalNotesFirstLine: Int?

    public init(description: String, internalNotes: String?, internalNotesFirstLine: Int?) {
        self.description = description
        self.internalNotes = internalNotes
        self.internalNotesFirstLine = internalNotesFirstLine
    }

    /// Splits `body`, whose first line is line `firstLine` of its file, at the internal marker.
    // NOTE: fences are recognised at any indentation, which covers fences in list items, but not
    // after a `>` block-quote prefix, so a marker inside a quoted code block still splits.
    public init(splitting body: String, firstLine: Int = 1) {
        // Split on the scalar LF, because Swift reads CRLF as one Character that is not "\n".
        let lines = body.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
        var openFence: (character: Character, length: Int)?
        var markerIndex: Int?

        for (index, line) in lines.enumerated() {
            let trimmed = Self.trimmingBlanks(line)
            if let fence = openFence {
                if Self.closesFence(trimmed, character: fence.character, length: fence.length) {
                    openFence = nil
                }
            } else if let fence = Self.openingFence(trimmed) {
                openFence = fence
            } else if trimmed == Self.internalMarker {
                markerIndex = index
                break
            }
        }

        guard let markerIndex else {
            self.init(description: body, internalNotes: nil, internalNotesFirstLine: nil)
            return
        }
        let before = lines[..<markerIndex].map { $0 + "\n" }.joined()
        let after = lines[(markerIndex + 1)...].joined(separator: "\n")
        self.init(description: before, internalNotes: after, internalNotesFirstLine: firstLine + markerIndex + 1)
    }

    /// Returns the fence character and length when `line` opens a CommonMark fenced code block:
    /// three or more backticks or tildes, and for backticks an info string without a backtick.
    private static func openingFence(_ line: Substring) -> (character: Character, length: Int)? {
        guard let character = line.first, character == "`" || character == "~" else { return nil }
        let length = line.prefix { $0 == character }.count
        guard length >= 3 else { return nil }
        if character == "`", line.dropFirst(length).contains("`") {
            return nil
        }
        return (character, length)
    }

    /// Returns whether `line` closes a fence: the same character, at least as many, and nothing after.
    private static func closesFence(_ line: Substring, character: Character, length: Int) -> Bool {
        let run = line.prefix { $0 == character }.count
        return run >= length && run == line.count
    }

    /// Returns the line without leading and trailing spaces, tabs and a carriage return.
    private static func trimmingBlanks(_ line: Substring) -> Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        var start = line.startIndex
        var end = line.endIndex
        while start < end, isBlank(line[start]) {
            line.formIndex(after: &start)
        }
        while end > start, isBlank(line[line.index(before: end)]) {
            line.formIndex(before: &end)
        }
        return line[start..<end]
    }
}
