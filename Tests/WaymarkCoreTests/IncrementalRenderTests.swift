import Foundation
import Testing
@testable import WaymarkCore

/// The preview server's partial render: after each edit, only the pages that read the edited item
/// are rendered, and the output stays byte-identical to a full build of the same content.
@Suite struct IncrementalRenderTests {
    static let site = """
    -- roadmap.yml --
    title: Render test
    language: [en, zh-CN]
    currency: USD
    -- content/features/sso.md --
    ---
    title: Single sign-on
    team: Platform
    status: in-progress
    start: 2026-10
    end: 2027-Q1
    visibility: public
    summary: Sign in with your identity provider.
    ---
    SAML first.
    -- content/features/audit.md --
    ---
    title: Audit log
    team: Platform
    status: planned
    start: 2027-Q1
    end: 2027-Q2
    visibility: public
    ---
    -- content/features/offline.md --
    ---
    title: Offline mode
    team: Mobile
    status: planned
    start: 2027-Q2
    end: 2027-Q3
    ---
    -- content/features/export.md --
    ---
    title: Export
    team: Mobile
    status: released
    released: 2026-06-01
    visibility: public
    ---
    -- content/reps/ana.md --
    ---
    title: Ana Lim
    name: Ana Lim
    region: East
    roles:
      - {title: Account manager, since: 2020-01-01}
    ---
    -- content/reps/ben.md --
    ---
    title: Ben Ode
    name: Ben Ode
    manager: ana
    ---
    -- content/accounts/harbor-bank.md --
    ---
    title: Harbor Bank
    name: Harbor Bank
    industry: Banking
    owner: ana
    ---
    -- content/deals/harbor.md --
    ---
    title: Harbor renewal
    account: Harbor Bank
    owner: ana
    team: Platform
    region: East
    stage: negotiation
    amount: 120000
    opened: 2026-06-01
    close: 2027-03-31
    features: [sso, audit]
    ---
    -- content/deals/northwind.md --
    ---
    title: Northwind plants
    account: Northwind
    owner: ben
    team: Mobile
    region: North
    stage: proposal
    amount: 80000
    opened: 2026-09-01
    close: 2027-05-31
    ---
    -- content/deals/orbit.md --
    ---
    title: Orbit pilot
    account: Orbit
    owner: ana
    region: East
    stage: won
    amount: 30000
    opened: 2026-01-10
    close: 2026-04-30
    ---
    -- content/deals/kite.md --
    ---
    title: Kite expansion
    account: Kite
    owner: ben
    region: North
    stage: lost
    amount: 45000
    opened: 2026-02-01
    close: 2026-07-15
    lost_reason: price
    ---
    -- content/requests/harbor-sso.md --
    ---
    title: SSO for branches
    account: Harbor Bank
    feature: sso
    deal: harbor
    date: 2026-07-01
    ---
    -- content/requests/northwind-offline.md --
    ---
    title: Offline on the floor
    account: Northwind
    feature: offline
    date: 2026-09-10
    ---
    -- content/requests/orbit-export.md --
    ---
    title: Export to CSV
    account: Orbit
    feature: export
    date: 2026-02-01
    ---
    -- content/goals/east-2027.md --
    ---
    title: East won revenue 2027
    metric: won-revenue
    target: 400000
    period: 2027
    filter: {region: East}
    ---
    """

    /// One edit: a text replacement in one file.
    struct Edit: CustomStringConvertible {
        var path: String
        var old: String
        var new: String
        var description: String { "\(path): \(old) → \(new)" }
    }

    static let edits = [
        Edit(path: "content/features/sso.md", old: "title: Single sign-on", new: "title: Single sign-on for all"),
        Edit(path: "content/features/audit.md", old: "end: 2027-Q2", new: "end: 2027-Q4"),
        Edit(path: "content/features/offline.md", old: "status: planned", new: "status: in-progress"),
        Edit(path: "content/features/sso.md", old: "SAML first.", new: "SAML first, then OpenID Connect."),
        Edit(path: "content/features/offline.md", old: "team: Mobile", new: "team: Platform"),
        Edit(path: "content/features/offline.md", old: "title: Offline mode", new: "title: Offline mode\nvisibility: public"),
        Edit(path: "content/deals/harbor.md", old: "stage: negotiation", new: "stage: won"),
        Edit(path: "content/deals/northwind.md", old: "amount: 80000", new: "amount: 95000"),
        Edit(path: "content/deals/orbit.md", old: "owner: ana", new: "owner: ben"),
        Edit(path: "content/deals/kite.md", old: "region: North", new: "region: East"),
        Edit(path: "content/deals/northwind.md", old: "close: 2027-05-31", new: "close: 2027-08-31"),
        Edit(path: "content/deals/kite.md", old: "account: Kite", new: "account: Orbit"),
        Edit(path: "content/requests/harbor-sso.md", old: "feature: sso", new: "feature: audit"),
        Edit(path: "content/requests/northwind-offline.md", old: "account: Northwind", new: "account: Harbor Bank"),
        Edit(path: "content/requests/orbit-export.md", old: "date: 2026-02-01", new: "date: 2026-03-15"),
        Edit(path: "content/reps/ben.md", old: "name: Ben Ode", new: "name: Benjamin Ode"),
        Edit(path: "content/accounts/harbor-bank.md", old: "industry: Banking", new: "industry: Insurance"),
        Edit(path: "content/goals/east-2027.md", old: "target: 400000", new: "target: 500000"),
    ]

    @Test func editsInOrderMatchFullBuild() throws {
        try checkEdits(Self.edits)
    }

    @Test func shuffledEditsMatchFullBuild() throws {
        var generator = SeededGenerator(seed: 20261204)
        for _ in 0..<3 {
            try checkEdits(Self.edits.shuffled(using: &generator))
        }
    }

    /// Applies `edits` one at a time and compares the preview builder's output with a full build
    /// after each.
    private func checkEdits(_ edits: [Edit]) throws {
        let site = try SiteFixture(Self.site)
        defer { site.remove() }
        var builder = IncrementalBuilder(options: SiteBuilder.Options(site: site.root, today: SiteFixture.today))
        #expect(builder.build().errorLines == [])
        for edit in edits {
            let text = try #require(site.read(edit.path))
            #expect(text.contains(edit.old), "\(edit) does not apply")
            try site.write(edit.path, text.replacingOccurrences(of: edit.old, with: edit.new))
            #expect(builder.build().errorLines == [], "\(edit)")
            let incremental = site.snapshot("public").merging(site.snapshot("internal").mapKeys { "internal/" + $0 }) { $1 }
            #expect(site.build().errorLines == [])
            let full = site.snapshot("public").merging(site.snapshot("internal").mapKeys { "internal/" + $0 }) { $1 }
            #expect(incremental.keys.sorted() == full.keys.sorted(), "\(edit)")
            for (path, bytes) in full where incremental[path] != bytes {
                Issue.record("\(path) differs from a full build after \(edit)")
            }
        }
    }

    /// The fixture with 40 more features and deals, so that per-item pages outnumber the lists.
    static var largerSite: String {
        var text = site
        for index in 0..<40 {
            text += """

            -- content/features/extra-\(index).md --
            ---
            title: Extra feature \(index)
            status: planned
            start: 2027-Q\(index % 4 + 1)
            visibility: public
            ---
            -- content/deals/extra-\(index).md --
            ---
            title: Extra deal \(index)
            account: Account \(index)
            owner: \(index % 2 == 0 ? "ana" : "ben")
            stage: proposal
            amount: \(1000 + index)
            close: 2027-06-30
            ---
            """
        }
        return text
    }

    @Test func dealEditRendersFewPages() throws {
        let site = try SiteFixture(Self.largerSite)
        defer { site.remove() }
        var builder = IncrementalBuilder(options: SiteBuilder.Options(site: site.root, today: SiteFixture.today))
        #expect(builder.build().errorLines == [])
        let fullCount = builder.lastRenderedPageCount

        let path = "content/deals/northwind.md"
        let text = try #require(site.read(path))
        try site.write(path, text.replacingOccurrences(of: "amount: 80000", with: "amount: 81000"))
        #expect(builder.build().errorLines == [])
        #expect(builder.lastRenderedPageCount > 0)
        #expect(builder.lastRenderedPageCount * 3 < fullCount)
        #expect(site.read("internal/deals/northwind.html")?.contains("81,000") == true)
    }

    @Test func unchangedRebuildRendersNothing() throws {
        let site = try SiteFixture(Self.site)
        defer { site.remove() }
        var builder = IncrementalBuilder(options: SiteBuilder.Options(site: site.root, today: SiteFixture.today))
        #expect(builder.build().errorLines == [])
        #expect(builder.build().errorLines == [])
        #expect(builder.lastRenderedPageCount == 0)
    }

    @Test func configEditRendersEverything() throws {
        let site = try SiteFixture(Self.site)
        defer { site.remove() }
        var builder = IncrementalBuilder(options: SiteBuilder.Options(site: site.root, today: SiteFixture.today))
        #expect(builder.build().errorLines == [])
        let fullCount = builder.lastRenderedPageCount
        try site.write("roadmap.yml", "title: Render test renamed\nlanguage: [en, zh-CN]\ncurrency: USD\n")
        #expect(builder.build().errorLines == [])
        #expect(builder.lastRenderedPageCount == fullCount)
    }
}

private extension Dictionary where Key == String {
    func mapKeys(_ transform: (String) -> String) -> [String: Value] {
        Dictionary(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
