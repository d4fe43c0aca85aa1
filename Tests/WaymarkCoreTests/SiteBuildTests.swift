import Foundation
import Testing
@testable import WaymarkCore

/// A small site with one public and one internal feature, a deal and a request.
let smallSite = """
-- roadmap.yml --
title: 测试路线图
language: [zh-CN, en]
glossary:
  北极星: 智能报表
public:
  dates: quarter
  disclaimer:
    zh-CN: 仅供参考，不构成承诺。
    en: For information only, not a commitment.
-- content/features/smart-reports.md --
---
title: 北极星报表
summary: 用北极星自动生成周报
visibility: public
status: planned
start: 2027-02-10
end: 2027-05-20
product: 洞察
---
客户可以**一键**生成报表。<script>alert(1)</script> [链接](javascript:alert(2))

<!-- internal -->
华星制造 的 CFO 在电话里要求这个功能。
-- content/features/secret-api.md --
---
title: 内部接口重构
status: exploring
horizon: later
---
Only for us.
-- content/deals/huaxing-2027.md --
---
title: 华星制造年度续约
account: 华星制造
owner: li-na
stage: negotiation
amount: 1200000
opened: 2026-10-01
close: 2027-03-31
key_dates: {demo: 2026-11-10, signing: 2027-03-20}
---
-- content/reps/li-na.md --
---
title: 李娜
name: 李娜
joined: 2022-03-01
roles:
  - {title: 销售代表, since: 2022-03}
---
-- content/requests/huaxing-reports.md --
---
title: 华星希望自动周报
account: 华星制造
feature: smart-reports
deal: huaxing-2027
date: 2026-11-02
source: call
---
"""

@Test func smallSiteBuildsBothAudiences() throws {
    let site = try SiteFixture(smallSite)
    defer { site.remove() }
    let report = site.build()
    #expect(report.errorLines == [])
    #expect(site.exists("public/index.html"))
    #expect(site.exists("public/en/index.html"))
    #expect(site.exists("public/features/smart-reports.html"))
    #expect(!site.exists("public/features/secret-api.html"))
    #expect(!site.exists("public/deals.html"))
    #expect(site.exists("internal/features/secret-api.html"))
    #expect(site.exists("internal/deals/huaxing-2027.html"))
}

@Test func publicSiteAppliesAudienceRules() throws {
    let site = try SiteFixture(smallSite)
    defer { site.remove() }
    _ = site.build()
    let page = try #require(site.read("public/features/smart-reports.html"))
    #expect(page.contains("智能报表报表"))
    #expect(!page.contains("北极星"))
    #expect(!page.contains("华星制造"))
    #expect(!page.contains("<script>alert"))
    #expect(!page.contains("javascript:"))
    #expect(page.contains("2027年第1季度 – 2027年第2季度"))
    #expect(page.contains("仅供参考，不构成承诺。"))
    let english = try #require(site.read("public/en/features/smart-reports.html"))
    #expect(english.contains("For information only, not a commitment."))
    #expect(english.contains("Q1 2027 – Q2 2027"))
    let internalPage = try #require(site.read("internal/features/smart-reports.html"))
    #expect(internalPage.contains("华星制造 的 CFO"))
    #expect(internalPage.contains("北极星报表"))
    #expect(!internalPage.contains("仅供参考"))
}

@Test func everyPublicPageCarriesDisclaimer() throws {
    let site = try SiteFixture(smallSite)
    defer { site.remove() }
    _ = site.build()
    let pages = site.snapshot("public").filter { $0.key.hasSuffix(".html") }
    #expect(pages.count >= 8)
    for (path, data) in pages {
        let text = String(decoding: data, as: UTF8.self)
        let disclaimer = path.hasPrefix("en/") ? "For information only" : "仅供参考"
        #expect(text.contains(disclaimer), "\(path) has no disclaimer")
    }
}

@Test func buildsAreByteIdentical() throws {
    let site = try SiteFixture(smallSite)
    defer { site.remove() }
    _ = site.build()
    let first = (site.snapshot("public"), site.snapshot("internal"))
    _ = site.build()
    let second = (site.snapshot("public"), site.snapshot("internal"))
    #expect(!first.0.isEmpty)
    #expect(first.0 == second.0)
    #expect(first.1 == second.1)
}

@Test func leakGuardFailsOnAccountInSummary() throws {
    let site = try SiteFixture(smallSite)
    defer { site.remove() }
    #expect(site.build().succeeded)
    let before = site.snapshot("public")
    try site.write("content/features/smart-reports.md", """
    ---
    title: 北极星报表
    summary: 华星制造已经在用的周报
    visibility: public
    status: planned
    start: 2027-Q1
    ---
    """)
    let report = site.build()
    #expect(!report.succeeded)
    let leakLines = report.errorLines.filter { $0.contains("华星制造") }
    #expect(leakLines.count == 1)
    #expect(leakLines.first?.hasPrefix("content/features/smart-reports.md:3:10: error: field `summary`: internal value \"华星制造\" (account name)") == true)
    #expect(leakLines.first?.contains("public/features/smart-reports.html") == true || leakLines.first?.contains("files such as") == true)
    #expect(site.snapshot("public") == before)
}

@Test func threeBrokenFilesAllReported() throws {
    let site = try SiteFixture(smallSite)
    defer { site.remove() }
    #expect(site.build().succeeded)
    let before = site.snapshot("public")
    try site.write("content/features/broken-date.md", "---\ntitle: 坏日期\nstart: 2027-02-30\n---\n")
    try site.write("content/deals/broken-stage.md", "---\ntitle: 坏阶段\naccount: 甲公司\nowner: li-na\nstage: negotiaton\namount: 100\n---\n")
    try site.write("content/features/broken-yaml.md", "---\ntitle: 坏\n  status: [planned\n---\n")
    let report = site.build()
    #expect(!report.succeeded)
    let lines = report.errorLines
    #expect(lines.count == 3)
    #expect(lines.contains { $0.hasPrefix("content/features/broken-date.md:3:8: error: field `start`:") })
    let stageLine = lines.first { $0.hasPrefix("content/deals/broken-stage.md:5:8: error: field `stage`: unknown value `negotiaton`") }
    #expect(stageLine != nil)
    #expect(stageLine?.contains("did you mean `negotiation`?") == true)
    #expect(lines.contains { $0.hasPrefix("content/features/broken-yaml.md:3:") })
    #expect(site.snapshot("public") == before)
}

@Test func endBeforeStartIsAnError() throws {
    let site = try SiteFixture(smallSite + """

    -- content/features/backwards.md --
    ---
    title: 倒序
    start: 2027-Q3
    end: 2027-Q1
    ---
    """)
    defer { site.remove() }
    let lines = site.build().errorLines
    #expect(lines.contains { $0.hasPrefix("content/features/backwards.md:4:6: error: field `end`: `end` 2027-Q1 comes before `start` 2027-Q3") })
}

@Test func unknownReferenceSuggestsClosestID() throws {
    let site = try SiteFixture(smallSite + """

    -- content/requests/typo.md --
    ---
    title: 拼写错误
    account: 甲公司
    feature: smart-report
    ---
    """)
    defer { site.remove() }
    let lines = site.build().errorLines
    let referenceLine = lines.first { $0.hasPrefix("content/requests/typo.md:4:10: error: field `feature`: no feature has the id `smart-report`") }
    #expect(referenceLine != nil)
    #expect(referenceLine?.contains("`smart-reports`") == true)
}

@Test func overlappingOutputFoldersRejected() throws {
    let site = try SiteFixture(smallSite)
    defer { site.remove() }
    let options = SiteBuilder.Options(
        site: site.root, internalOutput: site.root.appendingPathComponent("public/internal"), today: SiteFixture.today
    )
    let report = SiteBuilder.build(options)
    #expect(!report.succeeded)
    #expect(report.errorLines.contains { $0.contains("overlaps the public output") })
    #expect(!site.exists("public"))
}

@Test func siteTemplateOverridesDefault() throws {
    let site = try SiteFixture(smallSite + """

    -- Templates/card.mustache --
    <li class="my-card">{{title}}</li>
    """)
    defer { site.remove() }
    #expect(site.build().succeeded)
    let board = try #require(site.read("public/board.html"))
    #expect(board.contains("<li class=\"my-card\">智能报表报表</li>"))
}

@Test func defaultThemeMatchesTemplatesFolder() throws {
    let folder = repositoryRoot.appendingPathComponent("Templates")
    let paths = SiteLoader.files(in: folder)
    #expect(Set(paths) == Set(DefaultTheme.files.keys), "run scripts/embed-theme")
    for path in paths {
        let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        #expect(DefaultTheme.files[path] == text, "Templates/\(path) differs: run scripts/embed-theme")
    }
}

@Test func demoSiteBuildsWithoutErrors() throws {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-demo-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: output) }
    let report = SiteBuilder.build(SiteBuilder.Options(
        site: repositoryRoot,
        publicOutput: output.appendingPathComponent("public"),
        internalOutput: output.appendingPathComponent("internal"),
        today: SiteFixture.today
    ))
    #expect(report.errorLines == [])
    #expect(report.itemCount == 138)
    #expect((report.fileCounts[.public] ?? 0) > 20)
}

@Test func pipelineCountsOpenDealsWithoutAmount() throws {
    let site = try SiteFixture(smallSite + """

    -- content/deals/early.md --
    ---
    title: 早期接触
    account: 乙公司
    owner: li-na
    stage: prospecting
    ---
    """)
    defer { site.remove() }
    #expect(site.build().errorLines == [])
    let english = try #require(site.read("internal/en/pipeline.html"))
    #expect(english.contains("1 open deals have no amount and count as zero."))
    let chinese = try #require(site.read("internal/pipeline.html"))
    #expect(chinese.contains("其中 1 个未结商机没有金额，按 0 计。"))
}

@Test func outputInsideSourcesRejected() throws {
    let site = try SiteFixture(smallSite)
    defer { site.remove() }
    let options = SiteBuilder.Options(
        site: site.root, internalOutput: site.root.appendingPathComponent("content/features"), today: SiteFixture.today
    )
    let report = SiteBuilder.build(options)
    #expect(!report.succeeded)
    #expect(report.errorLines.contains { $0.contains("is or contains the site's sources") })
    #expect(site.exists("content/features/smart-reports.md"))
}

@Test func foreignOutputFolderKept() throws {
    let site = try SiteFixture(smallSite + """

    -- thesis/chapter1.txt --
    My own work.
    """)
    defer { site.remove() }
    let options = SiteBuilder.Options(site: site.root, publicOutput: site.root.appendingPathComponent("thesis"), today: SiteFixture.today)
    let report = SiteBuilder.build(options)
    #expect(!report.succeeded)
    #expect(report.errorLines.contains { $0.contains("was not written by waymark") })
    #expect(site.read("thesis/chapter1.txt") == "My own work.\n")
}

@Test func leakGuardCatchesCopiedNoteSentence() throws {
    let site = try SiteFixture(smallSite)
    defer { site.remove() }
    try site.write("content/features/secret-api.md", """
    ---
    title: 内部接口重构
    status: exploring
    horizon: later
    ---
    Only for us.

    <!-- internal -->
    冲突处理方案尚未确定，目前以最后一次写入为准。
    Second internal line about pricing margin 35 percent.
    """)
    try site.write("content/features/smart-reports.md", """
    ---
    title: 智能报表
    summary: 一键生成周报
    visibility: public
    status: planned
    start: 2027-Q1
    ---
    冲突处理方案尚未确定，目前以最后一次写入为准。
    """)
    let report = site.build()
    #expect(!report.succeeded)
    #expect(report.errorLines.contains { $0.contains("冲突处理方案尚未确定，目前以最后一次写入为准") && $0.contains("internal notes of feature secret-api") })
}

@Test func sentencesSplitAtTerminators() {
    #expect(InternalValues.sentences("第一句话很长。第二句也很长！\nA line. Another one; done") == [
        "第一句话很长", "第二句也很长", "A line", "Another one", "done",
    ])
}

@Test func brokenItemCausesNoFalseReferenceErrors() throws {
    let site = try SiteFixture(smallSite)
    defer { site.remove() }
    try site.write("content/features/smart-reports.md", "---\ntitle: 智能报表\nstart: 2027-02-30\n---\n")
    let lines = site.build().errorLines
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("content/features/smart-reports.md:3:8:") == true)
}

@Test func stageWithoutIDPointsAtEntry() throws {
    let site = try SiteFixture("""
    -- roadmap.yml --
    title: 测试
    stages:
      - {id: open-stage, state: open}
      - {label: 赢单, state: won}
    -- content/features/one.md --
    ---
    title: 一
    ---
    """)
    defer { site.remove() }
    let lines = site.build().errorLines
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("roadmap.yml:4:5: error: field `stages.id`: required field `id` is missing") == true)
    #expect(lines.first?.contains("front matter") == false)
}

@Test func dealReportsStageAndOwnerTogether() throws {
    let site = try SiteFixture(smallSite + """

    -- content/deals/two-problems.md --
    ---
    title: 两个问题
    account: 丙公司
    owner: li-nna
    stage: closed-won
    amount: 100
    ---
    """)
    defer { site.remove() }
    let lines = site.build().errorLines
    #expect(lines.contains { $0.hasPrefix("content/deals/two-problems.md:5:8: error: field `stage`") })
    #expect(lines.contains { $0.hasPrefix("content/deals/two-problems.md:4:8: error: field `owner`: no rep has the id `li-nna`") })
}

@Test func checkCapsPrintedWarnings() throws {
    let unknownFields = (1...60).map { "extra\($0): x" }.joined(separator: "\n")
    let site = try SiteFixture("""
    -- content/features/one.md --
    ---
    title: 一
    \(unknownFields)
    ---
    """)
    defer { site.remove() }
    let errors = OutputLines()
    let tool = CommandLineTool(
        arguments: ["waymark", "check", "--site", site.root.path], environment: ["LANG": "C"],
        workingDirectory: site.root, today: SiteFixture.today, output: { _ in }, errorOutput: { errors.append($0) }
    )
    #expect(tool.run() == 0)
    let warnings = errors.lines.filter { $0.contains("warning: field `extra") }
    #expect(warnings.count == CheckFormat.maxPrintedWarnings)
    #expect(errors.lines.contains("  … and 10 more warnings; run `waymark check --format json` to list them all"))
}

/// Lines written by a command, collected for assertions.
final class OutputLines: @unchecked Sendable {
    private(set) var lines: [String] = []

    func append(_ text: String) {
        lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
