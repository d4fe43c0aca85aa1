import Foundation
@testable import WaymarkCore

/// A fresh folder under the system temporary folder, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("waymark-import-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    @discardableResult
    func write(_ relativePath: String, bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> URL {
        try write(relativePath, bytes: Array(text.utf8))
    }

    /// Reads a file as UTF-8 and keeps any byte order mark, which `String(contentsOf:)` would drop.
    func read(_ relativePath: String) throws -> String {
        String(decoding: try Data(contentsOf: url.appendingPathComponent(relativePath)), as: UTF8.self)
    }

    /// Relative paths of every file below `relativePath`, sorted.
    func files(under relativePath: String) -> [String] {
        let root = url.appendingPathComponent(relativePath)
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: root.path)) ?? []
        return names.filter { !$0.hasSuffix("/") && $0.hasSuffix(".md") }.sorted()
    }
}

/// Returns a deal mapping with plain English headers, for hand-made fixtures.
func plainDealMapping() throws -> ImportMapping {
    try ImportMapping(
        kind: .deal,
        fields: [
            "ID": "id", "Name": "title", "Account": "account", "Owner": "owner", "Stage": "stage",
            "Amount": "amount", "Opened": "opened", "Close": "close",
        ],
        stageMap: ["Closed Won": "won"]
    )
}

/// Returns the errors of rejected rows as `line: field`, for compact checks.
func rejectedLines(_ summary: ImportSummary) -> [String] {
    summary.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.line ?? 0): \($0.field ?? "-")" }
}
