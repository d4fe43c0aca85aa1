import Foundation
import Testing
@testable import WaymarkCore

private let customFieldConfig = """
-- roadmap.yml --
currency: CNY
exchange_rates:
  USD: 7
custom_fields:
  - {id: arr, type: currency, label: {zh-CN: 年度经常性收入, en: ARR}, kinds: [deal]}
  - {id: seats, type: number, label: {zh-CN: 席位, en: Seats}, kinds: [deal]}
  - {id: segment, type: list, label: {zh-CN: 细分市场, en: Segment}, visibility: public, options: [enterprise, mid-market], kinds: [feature]}
  - {id: codename, type: text, label: {zh-CN: 代号, en: Codename}, kinds: [feature]}
  - {id: channels, type: multi-list, options: [web, mobile], kinds: [feature]}
  - {id: champion, type: person, kinds: [deal]}
  - {id: kickoff, type: date, kinds: [feature]}
-- content/reps/ana.md --
---
title: Ana Lim
name: Ana Lim
---
"""

@Test func customFieldsDecodeAndShow() throws {
    let site = try SiteFixture(customFieldConfig + "\n" + """
    -- content/features/sync.md --
    ---
    title: CRM sync
    visibility: public
    summary: Keep both systems in step.
    segment: enterprise
    codename: Kestrel Falcon
    channels: [web, mobile]
    kickoff: 2027-02-15
    ---
    -- content/deals/big.md --
    ---
    title: Big rollout
    account: Big Account
    owner: ana
    stage: demo
    amount: 800000
    arr: 50000 USD
    seats: 120
    champion: ana
    ---
    -- content/requests/big-sync.md --
    ---
    title: Big Account needs sync
    account: Big Account
    feature: sync
    deal: big
    ---
    """)
    defer { site.remove() }
    let report = site.build()
    #expect(report.errorLines == [])
    #expect(report.diagnostics.sorted.filter { $0.severity == .warning }.isEmpty)

    let internalPage = try site.readText("internal/features/sync.html")
    #expect(internalPage.contains("Kestrel Falcon"))
    #expect(internalPage.contains("web、mobile"))
    let publicPage = try site.readText("public/features/sync.html")
    #expect(publicPage.contains("enterprise"))
    #expect(!publicPage.contains("Kestrel Falcon"))
    #expect(!publicPage.contains("代号"))
    let deal = try site.readText("internal/deals/big.html")
    #expect(deal.contains("$50,000"))
    #expect(deal.contains("Ana Lim"))
    // 50,000 USD at 7 CNY per USD on the demand view's roll-up.
    let demand = try site.readText("internal/demand.html")
    #expect(demand.contains("需求客户商机的年度经常性收入合计：¥350,000（1 个商机）"))
    #expect(demand.contains("需求客户商机的席位合计：120（1 个商机）"))
}

@Test func customFieldErrorsHaveLocations() throws {
    let site = try SiteFixture(customFieldConfig + "\n" + """
    -- content/features/sync.md --
    ---
    title: CRM sync
    segment: enterprize
    channels: [web, desktop]
    kickoff: soon
    ---
    -- content/deals/big.md --
    ---
    title: Big rollout
    account: Big Account
    owner: ana
    stage: demo
    amount: 800000
    arr: 50000 EUR
    seats: many
    ---
    -- content/deals/small.md --
    ---
    title: Small rollout
    account: Small Account
    owner: ana
    stage: demo
    amount: 1000
    champion: bob
    ---
    """)
    defer { site.remove() }
    let lines = site.build().errorLines

    let segment = lines.first { $0.hasPrefix("content/features/sync.md:3:10: error: field `segment`: unknown option `enterprize`") }
    #expect(segment?.contains("did you mean `enterprise`?") == true)
    let channels = lines.first { $0.hasPrefix("content/features/sync.md:4:17: error: field `channels`: unknown option `desktop`") }
    #expect(channels?.contains("one of `web`, `mobile`") == true)
    #expect(lines.contains { $0.hasPrefix("content/features/sync.md:5:10: error: field `kickoff`: `soon` is not a valid date") })
    #expect(lines.contains { $0.hasPrefix("content/deals/big.md:7:6: error: field `arr`: no exchange rate from EUR to the reporting currency CNY") })
    #expect(lines.contains { $0.hasPrefix("content/deals/big.md:8:8: error: field `seats`: `many` is not a valid number value for custom field `seats`") })
    #expect(lines.contains { $0.hasPrefix("content/deals/small.md:7:11: error: field `champion`: no rep has the id `bob`") })
    #expect(lines.count == 6)
}

@Test func customFieldForOtherKindIsUnknown() throws {
    let site = try SiteFixture(customFieldConfig + "\n" + """
    -- content/features/sync.md --
    ---
    title: CRM sync
    seats: 12
    ---
    """)
    defer { site.remove() }
    let warnings = site.build().diagnostics.sorted.filter { $0.severity == .warning }.map { $0.formatted(.en) }
    #expect(warnings.count == 1)
    #expect(warnings.first?.contains("unknown field `seats` for a feature") == true)
}

@Test func customFieldDeclarationErrors() {
    let yaml = """
    custom_fields:
      - {id: region, type: text}
      - {id: tier, type: colour}
      - {id: plan, type: list}
    """
    let lines = ConfigDecoder.decode(yaml: yaml).diagnostics.map { $0.formatted(.en) }
    #expect(lines.contains { $0.contains("custom field id `region` is already used by a built-in field") })
    let colour = lines.first { $0.contains("unknown value `colour`") }
    #expect(colour?.hasPrefix("roadmap.yml:3:") == true)
    #expect(lines.contains { $0.contains("required field `options` is missing") })
}

@Test func internalCustomFieldTripsLeakGuard() throws {
    let site = try SiteFixture(customFieldConfig + "\n" + """
    -- content/features/sync.md --
    ---
    title: CRM sync
    visibility: public
    summary: Built under the Kestrel Falcon plan.
    codename: Kestrel Falcon
    ---
    """)
    defer { site.remove() }
    let report = site.build()
    #expect(Set(report.leaks.map(\.secret.value)) == ["Kestrel Falcon"])
    #expect(report.leaks.contains { $0.file == "features/sync.html" })
    #expect(report.errorLines.contains { $0.contains("internal value \"Kestrel Falcon\" (internal field `codename` of feature sync)") })
    #expect(!site.exists("public/index.html"))
}

@Test func planRevenueNeedsExchangeRate() throws {
    let site = try SiteFixture(customFieldConfig + "\n" + """
    -- content/plans/keep.md --
    ---
    title: Keep Big Account
    account: Big Account
    objective: retain
    status: active
    revenue: 300000
    currency: EUR
    ---
    """)
    defer { site.remove() }
    let lines = site.build().errorLines
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("content/plans/keep.md:7:11: error: field `currency`: no exchange rate from EUR to the reporting currency CNY") == true)
}
