/// Updates the front matter of an existing item with fresh values from the source system.
///
/// A key the source system owns is replaced in place, or removed when the new record has
/// no value for it, with any indented or list lines that belong to it. Other keys,
/// comments, blank lines and the Markdown body stay as they are. Owned keys the file lacks are
/// appended at the end of the front matter. A hand edit to an owned key is overwritten.
enum FrontMatterMerger {
    /// Returns the updated file, or nil when `existing` has no front matter to update.
    static func merge(existing: String, item: ImportedItem) -> String? {
        guard let document = FrontMatterLines(existing) else { return nil }
        var newValues: [String: String] = [:]
        for entry in item.fields {
            newValues[entry.key] = FrontMatterWriter.line(key: entry.key, value: entry.value)
        }

        var output: [String] = []
        var written = Set<String>()
        var skippingOwnedBlock = false
        for line in document.lines {
            if let key = FrontMatterLines.key(of: line) {
                skippingOwnedBlock = false
                guard item.ownedKeys.contains(key) else {
                    output.append(line)
                    continue
                }
                skippingOwnedBlock = true
                if let replacement = newValues[key], !written.contains(key) {
                    output.append(contentsOf: replacement.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
                    written.insert(key)
                }
            } else if !skippingOwnedBlock || isBlankOrComment(line) {
                // A comment or blank line after an owned key is kept: it may introduce the next key.
                if skippingOwnedBlock { skippingOwnedBlock = false }
                output.append(line)
            }
        }
        for entry in item.fields where !written.contains(entry.key) && item.ownedKeys.contains(entry.key) {
            output.append(FrontMatterWriter.line(key: entry.key, value: entry.value))
        }
        return document.text(with: output)
    }

    private static func isBlankOrComment(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        return trimmed.isEmpty || trimmed.first == "#"
    }
}
