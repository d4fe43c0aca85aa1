/// A plain-text table for the terminal, padded by display width so Chinese text, which takes two
/// columns per character, lines up with ASCII.
struct TextTable {
    var header: [String]
    var rows: [[String]]
    /// Indexes of the columns padded on the left, for numbers.
    var rightAligned: Set<Int> = []

    func lines() -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in
            all.map { Self.displayWidth($0.indices.contains(column) ? $0[column] : "") }.max() ?? 0
        }
        return all.map { cells in
            header.indices.map { column in
                let cell = cells.indices.contains(column) ? cells[column] : ""
                let padding = String(repeating: " ", count: widths[column] - Self.displayWidth(cell))
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }

    /// Terminal columns: 2 for full-width characters, 0 for zero-width ones, 1 otherwise.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let em = TextWidth.em(of: scalar)
            if em == 0 { return total }
            return total + (em >= TextWidth.fullWidthEm ? 2 : 1)
        }
    }
}
