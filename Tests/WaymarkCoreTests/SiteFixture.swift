import Foundation
@testable import WaymarkCore

/// A site written to a fresh temporary folder from one string of `-- path --` sections, so a
/// test shows its whole input in one place.
struct SiteFixture {
    let root: URL

    init(_ text: String) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("waymark-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        var path: String?
        var lines: [Substring] = []
        func flush() throws {
            guard let path else { return }
            try write(path, lines.joined(separator: "\n") + "\n")
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --") {
                try flush()
                path = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else {
                lines.append(line)
            }
        }
        try flush()
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    static let today = CalendarDay(year: 2026, month: 12, day: 4)!

    func build(audiences: Set<Audience> = Set(Audience.allCases), write: Bool = true) -> SiteBuilder.Report {
        SiteBuilder.build(SiteBuilder.Options(site: root, audiences: audiences, today: SiteFixture.today, write: write))
    }

    /// Every file under `folder` with its bytes, for comparing two builds.
    func snapshot(_ folder: String) -> [String: Data] {
        let base = root.appendingPathComponent(folder)
        var files: [String: Data] = [:]
        for path in SiteLoader.files(in: base) {
            files[path] = FileManager.default.contents(atPath: base.appendingPathComponent(path).path)
        }
        return files
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

extension SiteBuilder.Report {
    /// Errors formatted in English, one per line, for readable expectations.
    var errorLines: [String] {
        diagnostics.sorted.filter { $0.severity == .error }.map { $0.formatted(.en) }
    }
}

/// The repository's root, found from this file's path, for the demo site and the theme.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

extension SiteFixture {
    /// Writes a site from path → text pairs, for tests that assemble files in code.
    init(_ files: [String: String]) throws {
        try self.init("")
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            try write(path, text)
        }
    }

    func readText(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
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
