import Foundation
@testable import WaymarkCore

/// A real git repository in a temporary folder with a site in its `roadmap/` subfolder, so the
/// history tests also cover a site that is not at the repository's top.
struct GitRepositoryFixture {
    let repository: URL
    let site: SiteFixture

    init(_ text: String) throws {
        site = try SiteFixture(text)
        repository = site.root
        let inner = site.root.appendingPathComponent("roadmap")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        for name in ["content", "roadmap.yml"] where FileManager.default.fileExists(atPath: site.root.appendingPathComponent(name).path) {
            try FileManager.default.moveItem(at: site.root.appendingPathComponent(name), to: inner.appendingPathComponent(name))
        }
        try git(["init", "-q"])
    }

    var siteFolder: URL { repository.appendingPathComponent("roadmap") }

    /// Writes `text` at `path` inside the site folder.
    func write(_ path: String, _ text: String) throws {
        try site.write("roadmap/" + path, text)
    }

    /// Commits every change with the given committer and author date (`2026-03-01T10:00:00+08:00`).
    func commit(_ message: String, at date: String) throws {
        try git(["add", "-A"])
        try git(["-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", message], date: date)
    }

    func build() -> SiteBuilder.Report {
        SiteBuilder.build(SiteBuilder.Options(site: siteFolder, today: SiteFixture.today))
    }

    func read(_ path: String) -> String? {
        site.read("roadmap/" + path)
    }

    @discardableResult
    func git(_ arguments: [String], date: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-C", repository.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        if let date {
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
        }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw GitFixtureError.failed(arguments, process.terminationStatus) }
        return String(decoding: data, as: UTF8.self)
    }

    func remove() {
        site.remove()
    }
}

enum GitFixtureError: Error {
    case failed([String], Int32)
}
