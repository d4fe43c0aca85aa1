import Foundation
import Testing
@testable import WaymarkCore

struct NewCommandTests {
    private func makeSite(_ language: Language = .en) throws -> URL {
        let folder = try makeTemporaryFolder()
        try SiteScaffolder.write(SiteScaffolder.files(template: .sme, language: language), in: folder)
        return folder
    }

    @Test("new item passes check", arguments: ItemKind.allCases)
    func newItemPassesCheck(kind: ItemKind) throws {
        let folder = try makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = runWaymark(["new", kind.rawValue, "Sample: \"quoted\" # title"], in: folder)
        #expect(result.code == 0, "\(result.errors)")
        let expected = folder.appendingPathComponent("content/\(kind.folderName)/sample-quoted-title.md").path
        #expect(result.output == expected)
        #expect(FileManager.default.fileExists(atPath: expected))
        let diagnostics = checkSite(folder)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors.map { $0.formatted(.en) })")
        #expect(diagnostics.warnings.isEmpty, "\(diagnostics.warnings.map { $0.formatted(.en) })")
    }

    @Test func newChineseTitleSlug() throws {
        let folder = try makeSite(.zhCN)
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = runWaymark(["new", "feature", "离线模式"], in: folder)
        #expect(result.code == 0, "\(result.errors)")
        let name = URL(fileURLWithPath: result.output).deletingPathExtension().lastPathComponent
        #expect(name == Slug.make("离线模式"))
        #expect(Slug.isValidID(name))
        #expect(checkSite(folder).errors.isEmpty)
    }

    @Test func newTraversalTitleStaysInFolder() throws {
        let folder = try makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = runWaymark(["new", "feature", "../../etc/passwd"], in: folder)
        #expect(result.code == 0)
        #expect(result.output == folder.appendingPathComponent("content/features/etc-passwd.md").path)
    }

    @Test func newClashAddsSuffix() throws {
        let folder = try makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }

        let second = runWaymark(["new", "feature", "Quote builder"], in: folder)
        #expect(second.output.hasSuffix("content/features/quote-builder-2.md"))
        let third = runWaymark(["new", "feature", "Quote builder"], in: folder)
        #expect(third.output.hasSuffix("content/features/quote-builder-3.md"))
        #expect(checkSite(folder).errors.isEmpty)
    }

    @Test func newRejectsUnknownKind() throws {
        let folder = try makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = runWaymark(["new", "widget", "A widget"], in: folder)
        #expect(result.code == 2)
        #expect(result.errors.contains("widget"))
    }
}
