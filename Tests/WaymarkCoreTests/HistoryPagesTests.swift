import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import WaymarkCore

/// The history pages built from a real git repository whose commits move a feature's end twice,
/// a deal's close once, make a feature public and release another.
@Suite struct HistoryPagesTests {
    static func feature(title: String, publicTitle: String? = nil, status: String, end: String, visibility: String, released: String? = nil) -> String {
        var lines = ["---", "title: \(title)", "status: \(status)", "start: 2027-01-01", "end: \(end)", "visibility: \(visibility)"]
        if let publicTitle { lines.append("public_title: \(publicTitle)") }
        if let released { lines.append("released: \(released)") }
        return (lines + ["---", "Description.", ""]).joined(separator: "\n")
    }

    static func deal(close: String) -> String {
        SiteFixture.deal("Secret Harbor Expansion", owner: "li-na", stage: "negotiation", amount: 250000, extra: "close: \(close)") + "\n"
    }

    /// Four commits: import; move alpha's end and the deal's close; move alpha's end again and
    /// make it public; release beta. Gamma stays internal and changes status.
    static func makeRepository() throws -> GitRepositoryFixture {
        let repository = try GitRepositoryFixture("""
        -- roadmap.yml --
        title: Acme Roadmap
        language: [en, zh-CN]
        public:
          dates: exact
        -- content/reps/li-na.md --
        ---
        name: Li Na
        title: Li Na
        ---
        """)
        try repository.write("content/features/alpha.md", feature(title: "Project Nightjar", publicTitle: "Smart reports", status: "planned", end: "2027-03-31", visibility: "internal"))
        try repository.write("content/features/beta.md", feature(title: "Shared calendar", status: "beta", end: "2027-02-28", visibility: "public"))
        try repository.write("content/features/gamma.md", feature(title: "Hidden vault", status: "planned", end: "2027-05-31", visibility: "internal"))
        try repository.write("content/deals/harbor.md", deal(close: "2027-01-31"))
        try repository.commit("Import the roadmap", at: "2026-01-05T10:00:00+08:00")

        try repository.write("content/features/alpha.md", feature(title: "Project Nightjar", publicTitle: "Smart reports", status: "planned", end: "2027-04-30", visibility: "internal"))
        try repository.write("content/deals/harbor.md", deal(close: "2027-02-28"))
        try repository.write("content/features/gamma.md", feature(title: "Hidden vault", status: "in-progress", end: "2027-05-31", visibility: "internal"))
        try repository.commit("Move alpha and the harbor deal", at: "2026-02-10T09:00:00+08:00")

        try repository.write("content/features/alpha.md", feature(title: "Project Nightjar", publicTitle: "Smart reports", status: "planned", end: "2027-06-30", visibility: "public"))
        try repository.commit("Announce alpha", at: "2026-03-15T23:30:00+08:00")

        try repository.write("content/features/beta.md", feature(title: "Shared calendar", status: "released", end: "2027-02-28", visibility: "public", released: "2026-04-18"))
        try repository.commit("Release beta", at: "2026-04-20T08:00:00-05:00")
        return repository
    }

    @Test func slipReportCountsMoves() throws {
        let repository = try Self.makeRepository()
        defer { repository.remove() }
        let report = repository.build()
        #expect(report.errorLines == [])

        let json = try #require(repository.read("internal/slips.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let slips = try #require(object["slips"] as? [[String: Any]])
        #expect(slips.count == 2)
        let alpha = try #require(slips.first { $0["id"] as? String == "alpha" })
        #expect(alpha["field"] as? String == "end")
        #expect(alpha["moves"] as? Int == 2)
        #expect(alpha["first"] as? String == "2027-03-31")
        #expect(alpha["latest"] as? String == "2027-06-30")
        #expect(alpha["slipDays"] as? Int == 91)
        #expect(alpha["lastMoved"] as? String == "2026-03-15")
        let harbor = try #require(slips.first { $0["id"] as? String == "harbor" })
        #expect(harbor["field"] as? String == "close")
        #expect(harbor["moves"] as? Int == 1)
        #expect(harbor["slipDays"] as? Int == 28)
        #expect(slips.first?["id"] as? String == "alpha")

        let page = try #require(repository.read("internal/slips.html"))
        #expect(page.contains("Project Nightjar"))
        #expect(page.contains("+91"))
        #expect(page.contains("31 Mar 2027"))
        #expect(page.contains("30 Jun 2027"))
    }

    @Test func whatsNewShowsPublicChangesOnly() throws {
        let repository = try Self.makeRepository()
        defer { repository.remove() }
        #expect(repository.build().errorLines == [])
        let page = try #require(repository.read("public/whats-new.html"))

        #expect(page.contains("Smart reports</a> <span class=\"change-text\">added to the roadmap"))
        #expect(page.contains("Shared calendar</a> <span class=\"change-text\">released (18 Apr 2026)"))
        #expect(page.contains("<time datetime=\"2026-04-20\">"))
        #expect(page.contains("<time datetime=\"2026-03-15\">"))
        #expect(!page.contains("Project Nightjar"))
        #expect(!page.contains("Hidden vault"))
        #expect(!page.contains("gamma"))
        #expect(!page.contains("Harbor"))
        // Alpha's end moved while it was internal; that is not a public change.
        #expect(!page.contains("<time datetime=\"2026-02-10\">"))
        let releasedAt = try #require(page.range(of: "released (18 Apr 2026)"))
        let publishedAt = try #require(page.range(of: "Smart reports</a>"))
        #expect(releasedAt.lowerBound < publishedAt.lowerBound)

        let chinese = try #require(repository.read("public/zh-CN/whats-new.html"))
        #expect(chinese.contains("加入路线图"))
    }

    @Test func feedIsWellFormedAtom() throws {
        let repository = try Self.makeRepository()
        defer { repository.remove() }
        #expect(repository.build().errorLines == [])
        let feed = try #require(repository.read("public/feed.xml"))

        let collector = AtomCollector()
        let parser = XMLParser(data: Data(feed.utf8))
        parser.delegate = collector
        parser.shouldProcessNamespaces = true
        #expect(parser.parse(), "feed.xml is not well-formed: \(String(describing: parser.parserError))")
        #expect(collector.namespaces.allSatisfy { $0 == "http://www.w3.org/2005/Atom" })
        #expect(collector.feedChildren.isSuperset(of: ["id", "title", "updated", "author", "link"]))
        #expect(collector.entries.count == 3)
        for entry in collector.entries {
            #expect(Set(entry.keys).isSuperset(of: ["id", "title", "updated", "link", "summary"]))
        }
        #expect(collector.feedUpdated == "2026-04-20T08:00:00-05:00")
        #expect(collector.entries.first?["title"] == "Shared calendar · released (18 Apr 2026)")
    }

    @Test func historyBuildIsDeterministic() throws {
        let repository = try Self.makeRepository()
        defer { repository.remove() }
        #expect(repository.build().errorLines == [])
        let first = repository.site.snapshot("roadmap/public").merging(repository.site.snapshot("roadmap/internal")) { $1 }
        #expect(repository.build().errorLines == [])
        let second = repository.site.snapshot("roadmap/public").merging(repository.site.snapshot("roadmap/internal")) { $1 }
        #expect(first == second)
    }

    @Test func pagesOutsideGitSayNoHistory() throws {
        let site = try SiteFixture("""
        -- content/features/alpha.md --
        ---
        title: Alpha
        visibility: public
        status: planned
        ---
        """)
        defer { site.remove() }
        let report = site.build()
        #expect(report.errorLines == [])
        #expect(report.diagnostics.warnings.isEmpty)
        let whatsNew = try #require(site.read("public/whats-new.html"))
        #expect(whatsNew.contains("暂无变更历史：本站内容不在 git 仓库中。"))
        #expect(!site.exists("public/feed.xml"))
        let slips = try #require(site.read("internal/slips.html"))
        #expect(slips.contains("暂无变更历史：本站内容不在 git 仓库中。"))
        #expect(site.read("internal/slips.json")?.contains("\"available\": false") == true)
    }

    @Test func pagesWithoutGitSayNoHistory() throws {
        let history = ContentHistory.unavailable(.gitMissing)
        #expect(HistoryText.unavailable(history, language: .en, detailed: false)
            == "There is no change history: git is not installed on the machine that built this site.")
        #expect(HistoryDiagnostics.warnings(history).isEmpty)
        #expect(HistoryDiagnostics.warnings(.unavailable(.failed("fatal: bad object"))).count == 1)
    }
}

/// Collects the child elements of the feed and of each entry, with their text.
private final class AtomCollector: NSObject, XMLParserDelegate {
    var namespaces: [String] = []
    var feedChildren: Set<String> = []
    var feedUpdated: String?
    var entries: [[String: String]] = []
    private var path: [String] = []
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        namespaces.append(namespaceURI ?? "")
        if path == ["feed"] { feedChildren.insert(name) }
        if path == ["feed"], name == "entry" { entries.append([:]) }
        if path == ["feed", "entry"], name == "link" { entries[entries.count - 1]["link"] = attributes["href"] }
        path.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        path.removeLast()
        if path == ["feed"], name == "updated" { feedUpdated = text }
        if path == ["feed", "entry"], name != "link" { entries[entries.count - 1][name] = text }
    }
}
