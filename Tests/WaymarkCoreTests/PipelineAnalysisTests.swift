import Foundation
import Testing
@testable import WaymarkCore

private func loadFixture() throws -> (SiteFixture, Roadmap) {
    let fixture = try SiteFixture(PipelineFixture.files)
    let loaded = SiteLoader.load(site: fixture.root)
    #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.errors.map { $0.formatted(.en) })")
    return (fixture, loaded.roadmap)
}

@Test func pipelineNegotiationShareAndOwners() throws {
    let (fixture, roadmap) = try loadFixture()
    defer { fixture.remove() }
    let analysis = PipelineAnalysis(roadmap: roadmap, today: PipelineFixture.today)

    #expect(analysis.openCount == 10)
    let negotiation = try #require(analysis.summary(of: "negotiation"))
    #expect(negotiation.count == 7)
    #expect(negotiation.countShare == 0.7)
    // n4 is USD 100,000 at 7 CNY per USD: 100k + 200k + 300k + 700k + 150k + 250k + 100k.
    #expect(negotiation.amount == 1_800_000)
    // 0.7 × (100k + 200k + 700k + 150k + 250k + 100k) + 0.9 × 300k (n3's own probability).
    #expect(abs(negotiation.weightedAmount - 1_320_000) < 0.01)
    // Open amount: 1,800,000 + demo 200,000 + proposal 100,000 + prospecting 100,000.
    #expect(analysis.openAmount == 2_200_000)
    #expect(abs(negotiation.amountShare - 1_800_000.0 / 2_200_000.0) < 1e-9)

    #expect(analysis.bottlenecks.count == 1)
    let bottleneck = try #require(analysis.bottlenecks.first)
    #expect(bottleneck.stage.stage == "negotiation")
    #expect(bottleneck.isByCount)
    #expect(bottleneck.owners.map(\.name) == ["王芳", "陈明"])
    #expect(bottleneck.owners.map(\.count) == [4, 3])
}

@Test func pipelineAgingAndOverallWinRate() throws {
    let (fixture, roadmap) = try loadFixture()
    defer { fixture.remove() }
    let analysis = PipelineAnalysis(roadmap: roadmap, today: PipelineFixture.today)

    // n1 entered negotiation on 2026-06-01: 183 days to 2026-12-01, then 3 more.
    #expect(analysis.agingDeals.map(\.deal.id) == ["n1"])
    #expect(analysis.agingDeals.first?.daysInStage == 186)
    #expect(analysis.winRate.won == 4)
    #expect(analysis.winRate.lost == 1)
    #expect(analysis.lossReasons == [LossReason(reason: "价格", count: 1)])
}

@Test func repWinRateCycleAndQuarters() throws {
    let (fixture, roadmap) = try loadFixture()
    defer { fixture.remove() }
    let rep = try #require(roadmap.rep("wang"))
    let analysis = RepAnalysis(rep: rep, roadmap: roadmap)

    // 4 won (w1–w4), 1 lost (l1).
    #expect(analysis.winRate.rate == 0.8)
    // Cycles 41, 44, 75, 90 days: the median is (44 + 75) / 2.
    #expect(analysis.cycle?.medianDays == 59.5)
    #expect(analysis.cycle?.dealCount == 4)
    // Q1: w1 500k. Q2: w2 300k + w3 USD 100k × 7. Q3: nothing. Q4: w4 200k.
    let expected = [
        QuarterRevenue(year: 2026, quarter: 1, amount: 500_000),
        QuarterRevenue(year: 2026, quarter: 2, amount: 1_000_000),
        QuarterRevenue(year: 2026, quarter: 3, amount: 0),
        QuarterRevenue(year: 2026, quarter: 4, amount: 200_000),
    ]
    #expect(analysis.wonByQuarter == expected)
    // Open: n1 100k + n2 200k + n3 300k + n4 700k.
    #expect(analysis.openPipeline == 1_300_000)
    #expect(analysis.deals.count == 9)
    #expect(analysis.roles.map(\.title) == ["客户经理", "大客户经理"])
}

@Test func pipelinePageNamesBottleneck() throws {
    let fixture = try SiteFixture(PipelineFixture.files)
    defer { fixture.remove() }
    let report = SiteBuilder.build(SiteBuilder.Options(site: fixture.root, today: PipelineFixture.today))
    #expect(report.succeeded, "\(report.diagnostics.items.map { $0.formatted(.en) })")

    let page = try fixture.readText("internal/pipeline.html")
    #expect(page.contains("瓶颈：商务谈判阶段占未结商机的 70%，主要由 王芳（4）和 陈明（3）持有"))
    #expect(page.contains("wm-bar-highlight"))
    let repPage = try fixture.readText("internal/reps/wang.html")
    #expect(repPage.contains("80%"))
    #expect(repPage.contains("59.5"))
    let twin = try fixture.readText("internal/pipeline.json")
    #expect(twin.contains("\"countShare\": 0.7"))
    let publicFiles = try FileManager.default.contentsOfDirectory(atPath: fixture.root.appendingPathComponent("public").path)
    #expect(!publicFiles.contains("pipeline.html"))
}

@Test func statsCommandPrintsBottleneck() throws {
    let fixture = try SiteFixture(PipelineFixture.files)
    defer { fixture.remove() }
    for (locale, stage) in [("zh_CN.UTF-8", "商务谈判"), ("en_US.UTF-8", "Negotiation")] {
        var printed = ""
        var errors = ""
        let tool = CommandLineTool(
            arguments: ["waymark", "stats", "--site", fixture.root.path, "--today", "2026-12-04"],
            environment: ["LANG": locale], workingDirectory: fixture.root, today: PipelineFixture.today,
            output: { printed += $0 + "\n" }, errorOutput: { errors += $0 + "\n" }
        )
        #expect(tool.run() == 0, "\(errors)")
        #expect(printed.contains(stage))
        #expect(printed.contains("70%"))
        #expect(printed.contains("王芳"))
        #expect(printed.contains("陈明"))
    }
}

@Test func dealWithoutExchangeRateIsError() throws {
    var files = PipelineFixture.files
    files["content/deals/euro.md"] = SiteFixture.deal("euro", owner: "chen", stage: "demo", amount: 50_000, extra: "currency: EUR")
    let fixture = try SiteFixture(files)
    defer { fixture.remove() }
    let report = SiteBuilder.build(SiteBuilder.Options(site: fixture.root, today: PipelineFixture.today, write: false))

    #expect(!report.succeeded)
    let errors = report.diagnostics.errors.filter { $0.field == "currency" }
    #expect(errors.count == 1)
    let error = try #require(errors.first)
    #expect(error.location?.file.hasSuffix("deals/euro.md") == true)
    #expect(error.formatted(.en).contains("EUR"))
    #expect(error.formatted(.en).contains("exchange_rates"))
}
