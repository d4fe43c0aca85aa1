import Foundation
import Testing
@testable import WaymarkCore

/// `waymark import` run through `CommandLineTool`, on small CSV files in a temporary folder.
@Suite struct ImportCommandTests {
    /// The output of one command run.
    struct Run {
        var code: Int32
        var output: String
        var errors: String
    }

    static let roadmap = "title: Test\nlanguage: en\ncurrency: USD\n"

    static let teams = """
    sales_agent,manager,regional_office
    Anna Snelling,Dustin Brinkmann,Central
    Boris Faz,Rocco Neubert,East

    """

    static let pipeline = """
    opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\r
    A1,Anna Snelling,GTX Basic,Acme Corporation,Won,2017-01-05,2017-02-10,1054\r
    A2,Boris Faz,MG Special,Betasoloin,Engaging,2017-03-01,,\r
    A3,Boris Faz,GTXPro,,Prospecting,,,\r

    """

    private func makeSite() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("site/roadmap.yml", Self.roadmap)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("site/content"), withIntermediateDirectories: true)
        return folder
    }

    private func run(_ arguments: [String], in folder: TemporaryFolder, environment: [String: String] = ["LANG": "en_US.UTF-8"]) -> Run {
        let output = Lines()
        let errors = Lines()
        let tool = CommandLineTool(
            arguments: ["waymark"] + arguments, environment: environment, workingDirectory: folder.url,
            today: SiteFixture.today, output: { output.append($0) }, errorOutput: { errors.append($0) }
        )
        let code = tool.run()
        return Run(code: code, output: output.text, errors: errors.text)
    }

    private func buildErrors(_ folder: TemporaryFolder) -> [String] {
        let options = SiteBuilder.Options(site: folder.url.appendingPathComponent("site"), today: SiteFixture.today, write: false)
        return SiteBuilder.build(options).diagnostics.errors.map { $0.formatted(.en) }
    }

    @Test func mavenImportBuildsCleanly() throws {
        let folder = try makeSite()
        try folder.write("sales_teams.csv", Self.teams)
        try folder.write("sales_pipeline.csv", Self.pipeline)

        let teams = run(["import", "sales_teams.csv", "--from", "maven-teams", "--site", "site"], in: folder)
        #expect(teams.code == 0)
        #expect(teams.output == "4 created, 0 updated, 0 unchanged, 0 rejected")

        let deals = run(["import", "sales_pipeline.csv", "--from", "maven", "--site", "site"], in: folder)
        #expect(deals.code == 0)
        #expect(deals.output == "2 created, 0 updated, 0 unchanged, 1 rejected")
        #expect(deals.errors.contains("sales_pipeline.csv:4:21: error: field `account`: the required value is missing"))
        #expect(folder.files(under: "site/content/deals").count == 2)

        let open = try folder.read("site/content/deals/betasoloin-mg-special.md")
        #expect(open.contains("stage: \"negotiation\""))
        #expect(!open.contains("amount:"))
        #expect(buildErrors(folder) == [])

        let again = run(["import", "sales_pipeline.csv", "--from", "maven", "--site", "site"], in: folder)
        #expect(again.output == "0 created, 0 updated, 2 unchanged, 1 rejected")
    }

    @Test func ownersWithoutRepsGetRepFiles() throws {
        let folder = try makeSite()
        try folder.write("deals.csv", """
        Deal ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Deal Owner,Associated Company Domain
        D1,"Long, Group - Renewal",contractsent,1200.50,2025-06-17,2025-03-29,dwight.schrute@example.com,frost.info

        """)
        let result = run(["import", "deals.csv", "--from", "hubspot", "--site", "site"], in: folder)
        #expect(result.code == 0)
        #expect(result.output == "2 created, 0 updated, 0 unchanged, 0 rejected")
        #expect(result.errors.contains("1 of the created items are reps for owners without a rep file"))
        let rep = try folder.read("site/content/reps/dwight-schrute.md")
        #expect(rep.contains("name: \"dwight.schrute@example.com\""))
        #expect(try folder.read("site/content/deals/long-group-renewal.md").contains("stage: \"negotiation\""))
        #expect(buildErrors(folder) == [])
    }

    @Test func unmappedStageNamesMappingLine() throws {
        let folder = try makeSite()
        try folder.write("deals.csv", """
        ID,Name,Account,Owner,Stage,Amount
        1,Renewal,Acme,Ann Lee,Verbal Commit,100
        2,Upsell,Acme,Ann Lee,Verbal Commit,200

        """)
        try folder.write("mapping.yml", """
        columns:
          ID: id
          Name: title
          Account: account
          Owner: owner
          Stage: stage
          Amount: amount

        """)
        let result = run(["import", "deals.csv", "--from", "csv", "--mapping", "mapping.yml", "--site", "site"], in: folder)
        #expect(result.code == 1)
        #expect(result.errors.contains("deals.csv:2:24: error: field `stage`: stage \"Verbal Commit\" becomes `verbal-commit`, which is not a stage in roadmap.yml (2 rows)"))
        #expect(result.errors.contains("add the line `  \"Verbal Commit\": STAGE` under `stage_map:`"))
        #expect(result.errors.contains("Import failed: nothing was written."))
        #expect(folder.files(under: "site/content").isEmpty)
    }

    @Test func mappingFileIsHonoured() throws {
        let folder = try makeSite()
        try folder.write("deals.csv", """
        Ref;Opportunity;Customer;Rep;Phase;Value;Expected
        X-1;Renewal 2027;Acme;Ann Lee;Verbal Commit;1.200,50 €;15/03/2027

        """)
        try folder.write("mapping.yml", """
        kind: deal
        columns:
          Ref: id
          Opportunity: title
          Customer: account
          Rep: owner
          Phase: stage
          Value: amount
          Expected: close
        stage_map:
          "Verbal Commit": negotiation

        """)
        let withoutRate = run(["import", "deals.csv", "--from", "csv", "--mapping", "mapping.yml", "--site", "site", "--delimiter", ";"], in: folder)
        #expect(withoutRate.code == 1)
        #expect(withoutRate.errors.contains("1 deals are in EUR, which the site cannot convert to its reporting currency USD"))
        #expect(folder.files(under: "site/content").isEmpty)

        try folder.write("site/roadmap.yml", Self.roadmap + "exchange_rates: {EUR: 1.1}\n")
        let result = run(["import", "deals.csv", "--from", "csv", "--mapping", "mapping.yml", "--site", "site", "--delimiter", ";"], in: folder)
        #expect(result.code == 0)
        let deal = try folder.read("site/content/deals/renewal-2027.md")
        #expect(deal.contains("crm_id: \"X-1\""))
        #expect(deal.contains("stage: \"negotiation\""))
        #expect(deal.contains("amount: 1200.5\n"))
        #expect(deal.contains("currency: \"EUR\""))
        #expect(deal.contains("close: \"2027-03-15\""))
        #expect(deal.contains("owner: \"ann-lee\""))
    }

    @Test func mappingFileErrorsHaveLines() throws {
        let folder = try makeSite()
        try folder.write("deals.csv", "ID,Name\n1,A\n")
        try folder.write("mapping.yml", "columns:\n  ID: id\n  Name: headline\nstage_mapping: {}\n")
        let result = run(["import", "deals.csv", "--from", "csv", "--mapping", "mapping.yml", "--site", "site"], in: folder)
        #expect(result.code == 1)
        #expect(result.errors.contains("mapping.yml:3:9: error: field `columns`: the mapping names field `headline`, which a deal item does not have"))
        #expect(result.errors.contains("mapping.yml:4:1: error: field `stage_mapping`: unknown mapping file key `stage_mapping`"))
    }

    @Test func ambiguousDateColumnWritesNothing() throws {
        let folder = try makeSite()
        try folder.write("sales_pipeline.csv", """
        opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value
        A1,Anna Snelling,GTX Basic,Acme,Won,03/04/2017,05/06/2017,10
        A2,Anna Snelling,GTX Basic,Acme,Won,01/02/2017,02/03/2017,20

        """)
        let result = run(["import", "sales_pipeline.csv", "--from", "maven", "--site", "site"], in: folder)
        #expect(result.code == 1)
        #expect(result.errors.contains("cannot tell whether column \"engage_date\" is month/day/year or day/month/year"))
        #expect(result.errors.contains("rerun with --date-order mdy or --date-order dmy"))
        #expect(folder.files(under: "site/content").isEmpty)

        let named = run(["import", "sales_pipeline.csv", "--from", "maven", "--site", "site", "--date-order", "dmy"], in: folder)
        #expect(named.code == 0)
        #expect(try folder.read("site/content/deals/acme-gtx-basic.md").contains("opened: \"2017-04-03\""))
    }

    @Test func messagesFollowChineseLocale() throws {
        let folder = try makeSite()
        try folder.write("sales_pipeline.csv", Self.pipeline)
        let result = run(
            ["import", "sales_pipeline.csv", "--from", "maven", "--site", "site", "--dry-run"], in: folder,
            environment: ["LANG": "zh_CN.UTF-8"]
        )
        #expect(result.code == 0)
        #expect(result.output == "试运行，未写入：将新建 4 个，更新 0 个，未变 0 个，拒绝 1 个")
        #expect(result.errors.contains("sales_pipeline.csv:4:21: 错误: 字段 `account`：缺少必填值"))
        #expect(result.errors.contains("新建条目中有 2 个是为没有销售代表文件的负责人创建的销售代表"))
        #expect(folder.files(under: "site/content").isEmpty)

        let usage = run(["import", "--from", "maven"], in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(usage.code == 2)
        #expect(usage.errors.contains("没有要导入的文件"))
    }

    @Test func usageErrorsExitTwo() throws {
        let folder = try makeSite()
        try folder.write("a.csv", "x\n")
        #expect(run(["import", "a.csv"], in: folder).errors.contains("missing --from"))
        #expect(run(["import", "a.csv", "--from", "pipedrive"], in: folder).code == 2)
        #expect(run(["import", "a.csv", "--from", "csv"], in: folder).errors.contains("--from csv needs --mapping"))
        #expect(run(["import", "missing.csv", "--from", "maven"], in: folder).errors.contains("file `"))
        #expect(run(["import", "a.csv", "--from", "maven", "--delimiter", "|"], in: folder).code == 2)
        #expect(run(["import", "--help"], in: folder).output.contains("Usage: waymark import"))
    }
}

/// Output lines collected from the command's `output` and `errorOutput` closures.
final class Lines: @unchecked Sendable {
    private var lines: [String] = []
    private let lock = NSLock()

    func append(_ line: String) {
        lock.lock()
        lines.append(line)
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return lines.joined(separator: "\n")
    }
}
