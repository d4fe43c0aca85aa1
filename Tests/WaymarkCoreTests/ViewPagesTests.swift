import Foundation
import Testing
@testable import WaymarkCore

@Suite struct ViewPagesTests {
    private static func deal(_ id: String, amount: Double, stage: String = "negotiation", custom: [String: CustomFieldValue] = [:]) -> RoadmapItem {
        let header = ItemHeader(id: id, kind: .deal, title: id, customFields: custom, source: ItemSource(file: "content/deals/\(id).md"))
        return .deal(Deal(
            header: header, account: "A", owner: "li-na", stage: stage, amount: Money(amount: amount, currency: "CNY"),
            opened: nil, close: nil, keyDates: [], region: nil, product: nil, features: []
        ))
    }

    private static func view(limit: Int? = nil, minAmount: Double? = nil, filter: [String: [String]] = ["state": ["open"]]) -> ViewConfig {
        var view = ViewConfig.biggestDeals
        view.limit = limit
        view.minAmount = minAmount
        view.filter = filter
        return view
    }

    private static let roadmap = Roadmap(config: SiteConfig(), items: [
        deal("a", amount: 300), deal("b", amount: 900), deal("c", amount: 100),
        deal("d", amount: 700), deal("e", amount: 5000, stage: "won"), deal("f", amount: 700),
    ])

    private func select(_ view: ViewConfig) -> [String] {
        let access = ItemFieldAccess(roadmap: Self.roadmap, language: .en)
        return ItemSelection(view: view, access: access).deals(Self.roadmap.deals).map(\.id)
    }

    @Test func topViewKeepsLargestOpenDeals() {
        // The won deal is the largest but not open; d and f tie at 700 and keep id order.
        #expect(select(Self.view(limit: 3)) == ["b", "d", "f"])
    }

    @Test func minAmountDropsSmallerDeals() {
        #expect(select(Self.view(minAmount: 700)) == ["b", "d", "f"])
        #expect(select(Self.view(minAmount: 701)) == ["b"])
    }

    @Test func customFieldGroupsAndFilters() {
        let roadmap = Roadmap(config: SiteConfig(), items: [
            Self.deal("x", amount: 1, custom: ["segment": .choice("enterprise")]),
            Self.deal("y", amount: 2, custom: ["segment": .choice("smb")]),
            Self.deal("z", amount: 3),
        ])
        let access = ItemFieldAccess(roadmap: roadmap, language: .en)
        #expect(roadmap.deals.map { access.label("segment", of: $0) } == ["enterprise", "smb", nil])
        let selected = ItemSelection(view: Self.view(filter: ["segment": ["enterprise"]]), access: access).deals(roadmap.deals)
        #expect(selected.map(\.id) == ["x"])
    }

    private static let site = """
        -- roadmap.yml --
        language: en
        deal_timeline: {limit: 2}
        -- content/reps/li-na.md --
        ---
        title: Li Na
        name: Li Na
        ---
        -- content/reps/zhao-qiang.md --
        ---
        title: Zhao Qiang
        name: Zhao Qiang
        ---
        -- content/deals/big.md --
        \(SiteFixture.deal("Big", owner: "li-na", stage: "negotiation", amount: 900, extra: "region: East\nopened: 2026-09-01\nclose: 2027-02"))
        -- content/deals/mid.md --
        \(SiteFixture.deal("Mid", owner: "zhao-qiang", stage: "demo", amount: 500, extra: "region: North\nopened: 2026-10-01\nclose: 2027-03"))
        -- content/deals/small.md --
        \(SiteFixture.deal("Small", owner: "zhao-qiang", stage: "proposal", amount: 100, extra: "region: North\nopened: 2026-11-01\nclose: 2027-04"))
        -- content/deals/done.md --
        \(SiteFixture.deal("Done", owner: "li-na", stage: "won", amount: 400, extra: "region: East\nopened: 2026-01-01\nclose: 2026-06"))
        """

    @Test func dealsPageDrawsLimitWithSentence() throws {
        let fixture = try SiteFixture(Self.site)
        defer { fixture.remove() }
        let report = fixture.build(audiences: [.internal])
        #expect(report.errorLines == [])
        let page = try fixture.readText("internal/deals.html")
        #expect(page.contains("The 2 largest of 3 open deals are drawn"))
        #expect(page.contains("data-id=\"deal-big\""))
        #expect(page.contains("data-id=\"deal-mid\""))
        #expect(!page.contains("data-id=\"deal-small\""))
        #expect(!page.contains("data-id=\"deal-done\""))
        let json = try fixture.readText("internal/deals.json")
        #expect(json.contains("\"won\": {"))
        #expect(json.contains("\"drawn\": 2"))
    }

    @Test func ownerAndRegionPagesHoldTheirDeals() throws {
        let fixture = try SiteFixture(Self.site)
        defer { fixture.remove() }
        _ = fixture.build(audiences: [.internal])
        let owner = try fixture.readText("internal/owners/zhao-qiang.html")
        #expect(owner.contains("data-id=\"deal-mid\""))
        #expect(owner.contains("data-id=\"deal-small\""))
        #expect(!owner.contains("data-id=\"deal-big\""))
        let region = try fixture.readText("internal/regions/\(Slug.make("East")).html")
        #expect(region.contains("data-id=\"deal-big\""))
        #expect(!region.contains("data-id=\"deal-mid\""))
        let deals = try fixture.readText("internal/deals.html")
        #expect(deals.contains("href=\"owners/zhao-qiang.html\""))
        #expect(deals.contains("href=\"regions/north.html\""))
    }

    @Test func builtInViewHasPageJSONAndNav() throws {
        let fixture = try SiteFixture(Self.site)
        defer { fixture.remove() }
        _ = fixture.build(audiences: [.internal])
        let page = try fixture.readText("internal/views/biggest-deals.html")
        #expect(page.contains("All 3 matching items are shown."))
        #expect(page.contains("data-group-panel=\"stage\" hidden"))
        #expect(try fixture.readText("internal/index.html").contains("href=\"views/biggest-deals.html\""))
        #expect(try fixture.readText("internal/views/biggest-deals.json").contains("\"shown\": 3"))
    }

    @Test func browserShowsGroupAndFiltersOwner() throws {
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile) else {
            print("skipped: chromium is not installed")
            return
        }
        let fixture = try SiteFixture(Self.site)
        defer { fixture.remove() }
        _ = fixture.build(audiences: [.internal])
        let url = fixture.root.appendingPathComponent("internal/deals.html").absoluteString + "?group=stage&owner=zhao-qiang"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let dom = String(decoding: data, as: UTF8.self)
        #expect(dom.contains("data-group-panel=\"stage\">"))
        #expect(dom.contains("data-group-panel=\"owner\" hidden"))
        let bigItems = dom.components(separatedBy: "data-id=\"deal-big\"").dropFirst()
        #expect(!bigItems.isEmpty)
        #expect(bigItems.allSatisfy { $0.prefix(while: { $0 != ">" }).contains("data-hidden") })
        let midItems = dom.components(separatedBy: "data-id=\"deal-mid\"").dropFirst()
        #expect(midItems.allSatisfy { !$0.prefix(while: { $0 != ">" }).contains("data-hidden") })
    }
}
