import Foundation
import Testing
@testable import WaymarkCore

private func regionDeal(_ id: String, region: String, team: String, stage: String, amount: Int, currency: String, dates: String = "") -> String {
    """
    -- content/deals/\(id).md --
    ---
    title: Deal \(id)
    account: Account \(id)
    owner: ana
    team: \(team)
    region: \(region)
    stage: \(stage)
    amount: \(amount)
    currency: \(currency)
    \(dates)
    ---
    """
}

/// Three regions in two currencies, converted at 7 CNY per USD.
private let portfolioSite = """
-- roadmap.yml --
currency: CNY
exchange_rates:
  USD: 7
-- content/reps/ana.md --
---
title: Ana Lim
name: Ana Lim
---
-- content/goals/east-2026.md --
---
title: East won revenue 2026
metric: won-revenue
target: 400000
period: 2026
filter: {region: East}
---
-- content/features/sync.md --
---
title: CRM sync
team: Integrations
visibility: public
start: 2027-01
end: 2027-03
---
-- content/features/vault.md --
---
title: Secret vault
team: Security
start: 2027-02
---
\(regionDeal("e1", region: "East", team: "Field", stage: "negotiation", amount: 100_000, currency: "CNY", dates: "close: 2027-01-15"))
\(regionDeal("e2", region: "East", team: "Field", stage: "won", amount: 200_000, currency: "CNY", dates: "opened: 2026-01-01\nclose: 2026-03-01"))
\(regionDeal("e3", region: "East", team: "Field", stage: "lost", amount: 50_000, currency: "CNY"))
\(regionDeal("w1", region: "West", team: "Inside", stage: "demo", amount: 10_000, currency: "USD"))
\(regionDeal("w2", region: "West", team: "Inside", stage: "won", amount: 20_000, currency: "USD", dates: "opened: 2026-02-01\nclose: 2026-02-11"))
\(regionDeal("w3", region: "West", team: "Inside", stage: "won", amount: 5_000, currency: "USD", dates: "opened: 2026-01-01\nclose: 2026-01-21"))
\(regionDeal("n1", region: "North", team: "Field", stage: "proposal", amount: 30_000, currency: "USD"))
\(regionDeal("n2", region: "North", team: "Field", stage: "demo", amount: 40_000, currency: "CNY"))
\(regionDeal("n3", region: "North", team: "Field", stage: "lost", amount: 1_000, currency: "USD"))
"""

@Test func regionComparisonMatchesHandTotals() throws {
    let site = try SiteFixture(portfolioSite)
    defer { site.remove() }
    let loaded = SiteLoader.load(site: site.root)
    #expect(!loaded.diagnostics.hasErrors)
    let regions = RegionFigures.compare(loaded.roadmap, today: SiteFixture.today)

    #expect(regions.map(\.region) == ["East", "North", "West"])
    let (east, north, west) = (regions[0], regions[1], regions[2])
    // East: open 100,000 CNY; won 200,000 CNY; 1 won, 1 lost.
    #expect(east.pipeline.openAmount == 100_000)
    #expect(east.wonRevenue == 200_000)
    #expect(east.pipeline.winRate.rate == 0.5)
    #expect(east.pipeline.cycle?.medianDays == 59)
    // Goal: 200,000 won of a 400,000 target.
    #expect(east.goalShare == 0.5)
    // North: 30,000 USD × 7 + 40,000 CNY = 250,000 open; nothing won.
    #expect(north.pipeline.openAmount == 250_000)
    #expect(north.wonRevenue == 0)
    #expect(north.pipeline.winRate.rate == 0)
    #expect(north.pipeline.cycle == nil)
    #expect(north.goalShare == nil)
    // West: open 10,000 USD × 7 = 70,000; won (20,000 + 5,000) USD × 7 = 175,000; cycles 10 and 20 days.
    #expect(west.pipeline.openAmount == 70_000)
    #expect(west.wonRevenue == 175_000)
    #expect(west.pipeline.winRate.rate == 1)
    #expect(west.pipeline.cycle?.medianDays == 15)
}

@Test func portfolioPageShowsRegionsAndLanes() throws {
    let site = try SiteFixture(portfolioSite)
    defer { site.remove() }
    #expect(site.build().errorLines == [])

    let page = try site.readText("internal/portfolio.html")
    #expect(page.contains("<tr><th scope=\"row\">North</th><td class=\"number\">2</td><td class=\"number\">¥250,000</td><td class=\"number\">¥0</td><td class=\"number\">0%</td>"))
    #expect(page.contains("<tr><th scope=\"row\">West</th><td class=\"number\">1</td><td class=\"number\">¥70,000</td><td class=\"number\">¥175,000</td><td class=\"number\">100%</td>"))
    #expect(page.contains("金额单位为 CNY"))
    #expect(page.contains("wm-openPipeline-title"))
    for team in ["Field", "Inside", "Integrations", "Security"] {
        #expect(page.contains(">\(team)<"), "lane \(team)")
    }
    #expect(site.exists("internal/teams/\(Slug.make("Field"))/index.html"))
    let team = try site.readText("internal/teams/\(Slug.make("Field"))/index.html")
    // Field: open e1 100,000 + n1 210,000 + n2 40,000.
    #expect(team.contains("¥350,000"))
}

@Test func publicPortfolioHasPublicFeaturesOnly() throws {
    let site = try SiteFixture(portfolioSite)
    defer { site.remove() }
    #expect(site.build().errorLines == [])

    let page = try site.readText("public/portfolio.html")
    #expect(page.contains("CRM sync"))
    #expect(page.contains(">Integrations<"))
    #expect(!page.contains("Secret vault"))
    #expect(!page.contains("Deal e1"))
    #expect(!page.contains("East"))
    #expect(site.exists("public/teams/\(Slug.make("Integrations"))/index.html"))
    #expect(!site.exists("public/teams/\(Slug.make("Security"))/index.html"))
}
