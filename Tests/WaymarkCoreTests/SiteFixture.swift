import Foundation

/// A site written to a fresh temporary folder from path → text pairs, for whole-site tests.
struct SiteFixture {
    let root: URL

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-fixture-" + UUID().uuidString)
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Returns a deal file's text, with `extra` appended as further front-matter lines.
    static func deal(_ title: String, owner: String, stage: String, amount: Int, extra: String = "") -> String {
        """
        ---
        title: \(title)
        account: \(title) 客户
        owner: \(owner)
        stage: \(stage)
        amount: \(amount)
        \(extra)
        ---
        """
    }
}
