import Foundation
import Testing
@testable import WaymarkCore

struct CheckFormatTests {
    /// The three broken files and the `file:line:column` each error points to.
    static let brokenFiles: [(path: String, text: String, location: String)] = [
        ("content/features/broken-status.md", "---\ntitle: Broken status\nstatus: bogus\n---\n", "content/features/broken-status.md:3:9"),
        ("content/deals/broken-amount.md", "---\ntitle: Broken amount\naccount: Contoso\nowner: jamie-lee\nstage: demo\namount: lots\n---\n", "content/deals/broken-amount.md:6:9"),
        ("content/requests/broken-feature.md", "---\ntitle: Broken feature\naccount: Contoso\nfeature: no-such-feature\n---\n", "content/requests/broken-feature.md:4:10"),
    ]

    private func makeBrokenSite() throws -> URL {
        let folder = try makeTemporaryFolder()
        try SiteScaffolder.write(SiteScaffolder.files(template: .sme, language: .en), in: folder)
        for file in Self.brokenFiles {
            try Data(file.text.utf8).write(to: folder.appendingPathComponent(file.path))
        }
        return folder
    }

    @Test func checkTextShowsLocations() throws {
        let folder = try makeBrokenSite()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = runWaymark(["check", "--format", "text"], in: folder)
        #expect(result.code == 1)
        for file in Self.brokenFiles {
            #expect(result.errors.contains(file.location + ": error"), "\(result.errors)")
        }
    }

    @Test func checkGitHubShowsAnnotations() throws {
        let folder = try makeBrokenSite()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = runWaymark(["check", "--format", "github"], in: folder)
        #expect(result.code == 1)
        for file in Self.brokenFiles {
            let parts = file.location.split(separator: ":")
            #expect(result.output.contains("::error file=\(parts[0]),line=\(parts[1]),col=\(parts[2])"), "\(result.output)")
        }
    }

    @Test func checkGitHubActionsEnvironment() throws {
        let folder = try makeBrokenSite()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = runWaymark(["check"], in: folder, environment: ["GITHUB_ACTIONS": "true"])
        #expect(result.code == 1)
        #expect(result.output.contains("::error file=content/features/broken-status.md,line=3,col=9"))
    }

    @Test func checkJSONParses() throws {
        let folder = try makeBrokenSite()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = runWaymark(["check", "--format", "json"], in: folder)
        #expect(result.code == 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        let entries = try #require(parsed as? [[String: Any]])
        let locations = entries.map { "\($0["file"] ?? ""):\($0["line"] ?? ""):\($0["column"] ?? "")" }
        for file in Self.brokenFiles {
            #expect(locations.contains(file.location), "\(locations)")
        }
        for entry in entries {
            #expect(entry["severity"] as? String != nil)
            #expect(entry["message"] as? String != nil)
            for key in ["field", "expected", "hint"] { #expect(entry.keys.contains(key)) }
        }
    }

    @Test func checkCleanJSONIsEmptyArray() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteScaffolder.write(SiteScaffolder.files(template: .startup, language: .en), in: folder)

        let result = runWaymark(["check", "--format", "json"], in: folder)
        #expect(result.code == 0)
        #expect(result.output == "[]")
    }

    @Test func checkRejectsUnknownFormat() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = runWaymark(["check", "--format", "xml"], in: folder)
        #expect(result.code == 2)
    }
}
