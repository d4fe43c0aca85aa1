import Foundation
import Testing
@testable import WaymarkCore

/// Six accounts with one deal each above 700,000 request `crm-sync`; two smaller accounts and one
/// account without any deal request `sso`, which is released.
private let demandSite = """
-- content/features/crm-sync.md --
---
title: CRM sync
status: planned
team: Integrations
product: Hub
---
-- content/features/sso.md --
---
title: Single sign-on
status: released
released: 2026-10
team: Identity
product: Hub
---
-- content/reps/ana.md --
---
title: Ana Lim
name: Ana Lim
---
-- content/reps/ben.md --
---
title: Ben Okafor
name: Ben Okafor
---
-- content/accounts/gamma.md --
---
title: Gamma Ltd
name: Gamma Ltd
owner: ben
---
\(bigAccounts)
-- content/deals/alpha.md --
---
title: Alpha pilot
account: Alpha Ltd
owner: ana
stage: demo
amount: 100000
---
-- content/deals/beta.md --
---
title: Beta rollout
account: Beta Ltd
owner: ben
stage: won
amount: 50000
---
-- content/deals/beta-lost.md --
---
title: Beta lost renewal
account: Beta Ltd
owner: ben
stage: lost
amount: 900000
---
-- content/requests/alpha-sso.md --
---
title: Alpha wants SSO
account: Alpha Ltd
feature: sso
date: 2026-03-01
---
-- content/requests/beta-sso.md --
---
title: Beta wants SSO
account: Beta Ltd
feature: sso
date: 2026-03-02
---
-- content/requests/gamma-sso.md --
---
title: Gamma wants SSO
account: Gamma Ltd
feature: sso
date: 2026-03-03
---
"""

/// Amounts of the six large deals: 720,000 to 1,500,000, each above 700,000.
private let bigAmounts = [720_000, 800_000, 950_000, 1_000_000, 1_200_000, 1_500_000]

private var bigAccounts: String {
    bigAmounts.enumerated().map { index, amount in
        """
        -- content/deals/big-\(index + 1).md --
        ---
        title: Big deal \(index + 1)
        account: Big Account \(index + 1)
        owner: \(index % 2 == 0 ? "ana" : "ben")
        stage: \(index == 0 ? "won" : "negotiation")
        amount: \(amount)
        ---
        -- content/requests/big-\(index + 1)-crm.md --
        ---
        title: Big Account \(index + 1) needs CRM sync
        account: Big Account \(index + 1)
        feature: crm-sync
        date: 2026-0\(index + 1)-10
        ---
        """
    }.joined(separator: "\n")
}

@Test func demandRanksLargeAccountsFirst() throws {
    let site = try SiteFixture(demandSite)
    defer { site.remove() }
    let loaded = SiteLoader.load(site: site.root)
    #expect(!loaded.diagnostics.hasErrors)
    let analysis = DemandAnalysis(roadmap: loaded.roadmap, today: SiteFixture.today)

    #expect(analysis.features.map(\.feature.id) == ["crm-sync", "sso"])
    let crm = try #require(analysis.demand(for: "crm-sync"))
    #expect(crm.accountCount == 6)
    // 720,000 + 800,000 + 950,000 + 1,000,000 + 1,200,000 + 1,500,000
    #expect(crm.totalAmount == 6_170_000)
    #expect(crm.smallestAmount == 720_000)
    #expect(crm.accountsWithoutDeal == 0)
    #expect(!crm.isReleased)
}

@Test func demandCountsAccountWithoutDealAsZero() throws {
    let site = try SiteFixture(demandSite)
    defer { site.remove() }
    let analysis = DemandAnalysis(roadmap: SiteLoader.load(site: site.root).roadmap, today: SiteFixture.today)

    let sso = try #require(analysis.demand(for: "sso"))
    #expect(sso.accountCount == 3)
    // Alpha's open 100,000 + Beta's won 50,000; Beta's lost 900,000 does not count; Gamma has no deal.
    #expect(sso.totalAmount == 150_000)
    #expect(sso.smallestAmount == 0)
    #expect(sso.accountsWithoutDeal == 1)
    #expect(sso.accounts.map(\.account) == ["Alpha Ltd", "Beta Ltd", "Gamma Ltd"])
    #expect(sso.accounts.map(\.amount) == [100_000, 50_000, 0])
}

@Test func demandPageShowsSentenceAndFilters() throws {
    let site = try SiteFixture(demandSite)
    defer { site.remove() }
    let report = site.build()
    #expect(report.errorLines == [])

    let page = try site.readText("internal/demand.html")
    #expect(page.contains("6 个客户，每个客户的未结或赢单商机金额都不低于 ¥720,000。"))
    #expect(page.contains("¥6,170,000"))
    #expect(page.contains("其中 1 个客户没有未结或赢单商机，按 0 计。"))
    #expect(page.contains("data-f-team=\"Integrations\""))
    #expect(page.contains("data-f-product=\"Hub\""))
    #expect(page.contains("data-f-status=\"released\""))
    #expect(page.range(of: "CRM sync")?.lowerBound ?? page.endIndex < page.range(of: "Single sign-on")?.lowerBound ?? page.startIndex)
    let json = try site.readText("internal/demand.json")
    #expect(json.contains("\"totalAmount\": 6170000"))
    #expect(json.contains("\"smallestAmount\": 720000"))
    #expect(!site.exists("public/demand.html"))
}

@Test func releasedFeatureListsCallbacksWithOwners() throws {
    let site = try SiteFixture(demandSite)
    defer { site.remove() }
    #expect(site.build().errorLines == [])

    let feature = try site.readText("internal/features/sso.html")
    let callbackSection = try #require(feature.components(separatedBy: "待回访客户").last)
    #expect(feature.contains("待回访客户"))
    // Gamma has no deal, so its owner comes from its account file.
    for (account, owner) in [("Alpha Ltd", "Ana Lim"), ("Beta Ltd", "Ben Okafor"), ("Gamma Ltd", "Ben Okafor")] {
        let row = try #require(callbackSection.components(separatedBy: "<tr").first { $0.contains(account) })
        #expect(row.contains(owner), "owner of \(account)")
    }
    let callbacks = try site.readText("internal/callbacks.html")
    #expect(callbacks.contains("Single sign-on"))
    #expect(!callbacks.contains("CRM sync"))
    #expect(callbacks.contains("Gamma Ltd"))
    let unreleased = try site.readText("internal/features/crm-sync.html")
    #expect(!unreleased.contains("待回访客户"))
}
