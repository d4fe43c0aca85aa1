import Foundation

/// The items already under `content/`, found by their `crm_id`, and the file names already taken.
struct ContentIndex {
    struct Entry {
        var path: String
        var text: String
    }

    /// `kind` and `crm_id` joined by a NUL → the first file (in path order) that has them.
    private(set) var byCRMID: [String: Entry] = [:]
    /// Lowercased file stems per kind folder, for choosing names of new files.
    private(set) var takenStems: [ImportItemKind: Set<String>] = [:]
    private(set) var warnings: [Diagnostic] = []

    /// Scans every `.md` file under `contentRoot`. A file's kind is its `kind:` field, else the
    /// first folder under `content/` named after a kind in the plural.
    init(contentRoot: URL) throws(ImportError) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: contentRoot.path) else { return }
        guard let enumerator = manager.enumerator(at: contentRoot, includingPropertiesForKeys: nil) else { return }
        var paths: [URL] = []
        for case let url as URL in enumerator where url.pathExtension.lowercased() == "md" {
            paths.append(url)
        }
        paths.sort { $0.path < $1.path }

        let rootComponents = contentRoot.standardizedFileURL.pathComponents
        for url in paths {
            let relative = Array(url.standardizedFileURL.pathComponents.dropFirst(rootComponents.count))
            let folderKind = relative.first.flatMap { folder in ImportItemKind.allCases.first { $0.folder == folder } }
            if let folderKind, relative.count == 2 {
                takenStems[folderKind, default: []].insert(url.deletingPathExtension().lastPathComponent.lowercased())
            }
            if let folderKind, relative.count == 3, relative[2] == "index.md" {
                takenStems[folderKind, default: []].insert(relative[1].lowercased())
            }

            guard let data = manager.contents(atPath: url.path) else {
                throw ImportError(Diagnostic(at: SourceLocation(file: url.path, line: 1, column: 1), problem: ImportMessages.unreadableFile("permission denied or not a file")))
            }
            let text = String(decoding: data, as: UTF8.self)
            guard let document = FrontMatterLines(text), let crmID = document.value(of: "crm_id"), !crmID.isEmpty else { continue }
            let kind = document.value(of: "kind").flatMap(ImportItemKind.init(rawValue:)) ?? folderKind
            guard let kind else { continue }
            let key = ContentIndex.key(kind: kind, crmID: crmID)
            if let first = byCRMID[key] {
                warnings.append(Diagnostic(
                    .warning,
                    at: SourceLocation(file: url.path, line: 1, column: 1),
                    field: "crm_id",
                    problem: ImportMessages.duplicateCRMID(crmID, other: first.path)
                ))
                continue
            }
            byCRMID[key] = Entry(path: url.path, text: text)
        }
    }

    static func key(kind: ImportItemKind, crmID: String) -> String {
        kind.rawValue + "\u{0}" + crmID
    }

    func existing(_ item: ImportedItem) -> Entry? {
        byCRMID[ContentIndex.key(kind: item.kind, crmID: item.crmID)]
    }

    /// Marks a new file name as used and returns it: the preferred id, else with the CRM id's slug
    /// appended, else with a number.
    mutating func claimStem(for item: ImportedItem) -> String {
        var taken = takenStems[item.kind] ?? []
        var candidates = [item.preferredID]
        let crmSlug = Slug.ascii(item.crmID)
        if !crmSlug.isEmpty && crmSlug != item.preferredID {
            candidates.append(item.preferredID + "-" + crmSlug)
        }
        var chosen = candidates.first { !taken.contains($0) }
        var number = 2
        while chosen == nil {
            let candidate = "\(item.preferredID)-\(number)"
            if !taken.contains(candidate) { chosen = candidate }
            number += 1
        }
        let stem = chosen ?? item.preferredID
        taken.insert(stem)
        takenStems[item.kind] = taken
        return stem
    }
}
