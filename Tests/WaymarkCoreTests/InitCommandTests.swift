import Foundation
import Testing
@testable import WaymarkCore

struct InitCommandTests {
    static let cases: [(SiteTemplate, Language)] = SiteTemplate.allCases.flatMap { template in
        Language.allCases.map { (template, $0) }
    }

    @Test("init template builds cleanly", arguments: cases)
    func templateBuilds(template: SiteTemplate, language: Language) throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = runWaymark(["init", "--template", template.rawValue, "--language", language.rawValue], in: folder)
        #expect(result.code == 0, "\(result.errors)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".github/workflows/roadmap.yml").path))

        let options = SiteBuilder.Options(site: folder, today: CalendarDay(year: 2026, month: 12, day: 4) ?? CalendarDay(dayNumber: 0))
        let report = SiteBuilder.build(options)
        #expect(report.diagnostics.errors.isEmpty, "\(report.diagnostics.errors.map { $0.formatted(.en) })")
        #expect(report.diagnostics.warnings.isEmpty, "\(report.diagnostics.warnings.map { $0.formatted(.en) })")
        #expect(report.itemCount >= 5)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("public/index.html").path))
    }

    @Test func initWorkflowRunsCheckThenBuild() throws {
        let text = SiteScaffolder.files(template: .startup, language: .en).first { $0.path == ".github/workflows/roadmap.yml" }?.text ?? ""
        let check = try #require(text.range(of: "waymark check"))
        let build = try #require(text.range(of: "waymark build"))
        #expect(check.lowerBound < build.lowerBound)
    }

    @Test func initRejectsOverwrite() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("title: mine\n".utf8).write(to: folder.appendingPathComponent("roadmap.yml"))

        let result = runWaymark(["init", "--template", "sme"], in: folder)
        #expect(result.code == 1)
        #expect(result.errors.contains("roadmap.yml"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("content").path))
        let kept = try String(contentsOf: folder.appendingPathComponent("roadmap.yml"), encoding: .utf8)
        #expect(kept == "title: mine\n")
    }

    @Test func initRejectsUnknownTemplate() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = runWaymark(["init", "--template", "huge"], in: folder)
        #expect(result.code == 2)
        #expect(result.errors.contains("huge"))
    }
}
