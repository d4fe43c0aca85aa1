import Foundation
import Testing
@testable import WaymarkCore

@Suite struct ImportFileTests {
    @Test func semicolonFileWithCommaDecimals() throws {
        let folder = try TemporaryFolder()
        let csv = "ID;Name;Account;Owner;Stage;Amount;Opened;Close\r\n"
            + "D-1;Acme renewal;Acme;Anna Snelling;Negotiation;1.200,50 €;2027-01-10;2027-03-15\r\n"
            + "D-2;Beta upsell;Beta;Anna Snelling;Closed Won;1.200;2027-01-11;2027-02-01\r\n"
        let file = try folder.write("deals.csv", csv)
        let summary = try Importer(siteRoot: folder.url).importCSV(file, mapping: plainDealMapping())
        #expect(summary.created == 2)
        #expect(summary.rejected == 0)
        let first = try folder.read("content/deals/acme-renewal.md")
        #expect(first.contains("amount: 1200.5\n"))
        #expect(first.contains("currency: \"EUR\"\n"))
        #expect(first.contains("owner: \"anna-snelling\"\n"))
        #expect(first.contains("stage: \"negotiation\"\n"))
        #expect(first.contains("crm_id: \"D-1\"\n"))
        let second = try folder.read("content/deals/beta-upsell.md")
        // The column uses "," as the decimal separator, so "1.200" groups digits.
        #expect(second.contains("amount: 1200\n"))
        #expect(second.contains("stage: \"won\"\n"))
    }

    @Test func ambiguousDateColumnWritesNothing() throws {
        let folder = try TemporaryFolder()
        let csv = "ID,Name,Account,Owner,Stage,Amount,Opened,Close\n"
            + "D-1,One,Acme,Ann,Open,100,2027-01-01,03/04/2027\n"
            + "D-2,Two,Acme,Ann,Open,100,2027-01-01,05/06/2027\n"
        let file = try folder.write("deals.csv", csv)
        let error = #expect(throws: ImportError.self) {
            try Importer(siteRoot: folder.url).importCSV(file, mapping: plainDealMapping())
        }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.field == "Close")
        #expect(diagnostic.location?.line == 2)
        #expect(diagnostic.formatted(.en).contains("--date-order mdy"))
        #expect(diagnostic.formatted(.zhCN).contains("--date-order dmy"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("content").path))

        let summary = try Importer(siteRoot: folder.url, dateOrder: .dmy).importCSV(file, mapping: plainDealMapping())
        #expect(summary.created == 2)
        #expect(try folder.read("content/deals/one.md").contains("close: \"2027-04-03\"\n"))
    }

    @Test func dmyColumnIsDetected() throws {
        let folder = try TemporaryFolder()
        let csv = "ID,Name,Account,Owner,Stage,Amount,Opened,Close\n"
            + "D-1,One,Acme,Ann,Open,100,01/02/2027,03/04/2027\n"
            + "D-2,Two,Acme,Ann,Open,100,20/01/2027,25/06/2027\n"
        let file = try folder.write("deals.csv", csv)
        let summary = try Importer(siteRoot: folder.url).importCSV(file, mapping: plainDealMapping())
        #expect(summary.created == 2)
        let firstDeal = try folder.read("content/deals/one.md")
        #expect(firstDeal.contains("opened: \"2027-02-01\"\n"))
        #expect(firstDeal.contains("close: \"2027-04-03\"\n"))
    }

    @Test func reimportKeepsHandEditsAndUpdatesStage() throws {
        let folder = try TemporaryFolder()
        let header = "ID,Name,Account,Owner,Stage,Amount,Opened,Close\r\n"
        let file = try folder.write("deals.csv", header + "D-1,Acme renewal,Acme,Ann,Negotiation,100,2027-01-01,2027-03-01\r\n"
            + "D-2,Other,Beta,Ann,Negotiation,50,2027-01-01,2027-03-01\r\n")
        let importer = Importer(siteRoot: folder.url)
        try importer.importCSV(file, mapping: plainDealMapping())

        let path = "content/deals/acme-renewal.md"
        var edited = try folder.read(path)
        edited = edited.replacingOccurrences(of: "stage: \"negotiation\"\n", with: "stage: \"negotiation\"\nfeatures:\n  - sso\n  - audit-log\n")
        edited += "\nCall notes: the CFO wants SSO first.\n\n<!-- internal -->\nDiscount cap 10 %.\n"
        try folder.write(path, edited)

        try folder.write("deals.csv", header + "D-1,Acme renewal,Acme,Ann,Closed Won,120,2027-01-01,2027-03-01\r\n"
            + "D-2,Other,Beta,Ann,Negotiation,50,2027-01-01,2027-03-01\r\n")
        let summary = try importer.importCSV(file, mapping: plainDealMapping())
        #expect(summary.created == 0)
        #expect(summary.updated == 1)
        #expect(summary.unchanged == 1)

        let updated = try folder.read(path)
        #expect(updated.contains("stage: \"won\"\n"))
        #expect(!updated.contains("negotiation"))
        #expect(updated.contains("amount: 120\n"))
        #expect(updated.contains("features:\n  - sso\n  - audit-log\n"))
        #expect(updated.hasSuffix("\nCall notes: the CFO wants SSO first.\n\n<!-- internal -->\nDiscount cap 10 %.\n"))
        #expect(folder.files(under: "content/deals") == ["acme-renewal.md", "other.md"])
    }

    @Test func reimportKeepsCRLFAndRenamedFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("content/deals/renamed-by-hand.md", "\u{FEFF}---\r\ntitle: \"Old\"\r\ncrm_id: 'D-1'\r\nstage: won # set by hand\r\nnote: keep\r\n---\r\nBody\r\n")
        let file = try folder.write("deals.csv", "ID,Name,Account,Owner,Stage,Amount\nD-1,New title,Acme,Ann,Lost,5\n")
        let summary = try Importer(siteRoot: folder.url).importCSV(file, mapping: plainDealMapping())
        #expect(summary.updated == 1)
        let text = try folder.read("content/deals/renamed-by-hand.md")
        #expect(text == "\u{FEFF}---\r\ntitle: \"New title\"\r\ncrm_id: 'D-1'\r\nstage: \"lost\"\r\nnote: keep\r\naccount: \"Acme\"\r\nowner: \"ann\"\r\namount: 5\r\n---\r\nBody\r\n")
    }

    @Test func rejectedRowsReportPhysicalLines() throws {
        let folder = try TemporaryFolder()
        let csv = "ID,Name,Account,Owner,Stage,Amount,Opened,Close\n"
            + "D-1,\"Multi\nline\nname\",Acme,Ann,Open,100,2027-01-01,2027-02-01\n"
            + "D-2,No amount,Acme,Ann,Open,,2027-01-01,2027-02-01\n"
            + "D-3,Bad amount,Acme,Ann,Open,lots,2027-01-01,2027-02-01\n"
            + "D-4,Backwards,Acme,Ann,Open,100,2027-03-01,2027-02-01\n"
            + "D-5,Bad date,Acme,Ann,Open,100,2027-02-30,\n"
            + "D-1,Duplicate,Acme,Ann,Open,100,,\n"
            + ",No id,Acme,Ann,Open,100,,\n"
            + "D-8,Too many,Acme,Ann,Open,100,,,extra\n"
            + "D-9,Fine,Acme,Ann,Open,100,,\n"
        let file = try folder.write("deals.csv", csv)
        let summary = try Importer(siteRoot: folder.url).importCSV(file, mapping: plainDealMapping())
        // D-2 is an open deal whose value is unknown, which the content format allows.
        #expect(summary.created == 3)
        #expect(summary.rejected == 6)
        #expect(rejectedLines(summary) == ["6: amount", "7: close", "8: opened", "9: id", "10: id", "11: -"])
        let messages = summary.diagnostics.map { $0.formatted(.en) }
        #expect(messages[0] == "\(file.path):6:30: error: field `amount`: \"lots\" is not an amount. Fix: write a number such as 1200.50, 1.200,50 or $1,200.50")
        #expect(summary.diagnostics.map { $0.location?.column } == [30, 44, 32, 1, 1, 1])
        #expect(messages[1].contains("the close date 2027-02-01 is before the open date 2027-03-01"))
        #expect(messages[3].contains("already appeared on line 2"))
        #expect(summary.diagnostics[1].formatted(.zhCN).contains("结束日期 2027-02-01 早于开始日期 2027-03-01"))
        #expect(!(try folder.read("content/deals/no-amount.md").contains("amount:")))
        #expect(try folder.read("content/deals/multi-line-name.md").contains("title: \"Multi\\nline\\nname\"\n"))
    }

    @Test func rejectedFieldsReportTheirColumns() throws {
        let folder = try TemporaryFolder()
        let csv = "ID,Name,Account,Owner,Stage,Amount,Opened,Close\n"
            + "D-3,Bad amount,Acme,Ann,Open,lots,2027-01-01,2027-02-01\n"
            + "D-4,Backwards,Acme,Ann,Open,100,2027-03-01,2027-02-01\n"
            + "D-5,Bad date,Acme,Ann,Open,100,2027-02-30,\n"
            + "D-6,No account,,Ann,Open,100,,\n"
        let file = try folder.write("deals.csv", csv)
        let summary = try Importer(siteRoot: folder.url).importCSV(file, mapping: plainDealMapping())
        #expect(summary.rejected == 4)
        #expect(rejectedLines(summary) == ["2: amount", "3: close", "4: opened", "5: account"])
        // Amount of D-3, Close of D-4, Opened of D-5 and the empty Account of D-6.
        #expect(summary.diagnostics.map { $0.location?.column } == [30, 44, 32, 16])
    }

    @Test func fieldAfterMultiLineFieldReportsItsLine() throws {
        let folder = try TemporaryFolder()
        let csv = "ID,Name,Account,Owner,Stage,Amount,Opened,Close\n"
            + "D-1,Fine,Acme,Ann,Open,100,,\n"
            + "D-2,\"First\r\nsecond\nthird\",Acme,Ann,Open,lots,2027-01-01,2027-02-01\n"
        let file = try folder.write("deals.csv", csv)
        let summary = try Importer(siteRoot: folder.url).importCSV(file, mapping: plainDealMapping())
        #expect(summary.created == 1)
        #expect(summary.rejected == 1)
        let diagnostic = try #require(summary.diagnostics.first)
        // The record starts on line 3, and `third",Acme,Ann,Open,` puts the amount at column 22 of line 5.
        #expect(diagnostic.location == SourceLocation(file: file.path, line: 5, column: 22))
        #expect(diagnostic.formatted(.en).hasPrefix("\(file.path):5:22: error: field `amount`: \"lots\" is not an amount"))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let folder = try TemporaryFolder()
        let csv = "ID,Name,Account,Owner,Stage,Amount\n"
            + "D-1,华南客户,深圳数据,Ann,Open,lots\n"
        let file = try folder.write("deals.csv", csv)
        let summary = try Importer(siteRoot: folder.url).importCSV(file, mapping: plainDealMapping())
        #expect(summary.rejected == 1)
        let location = try #require(summary.diagnostics.first?.location)
        // Each CJK character is one column but three UTF-8 bytes, which would give column 40.
        #expect(location.line == 2)
        #expect(location.column == 24)
    }

    @Test func missingRequiredColumnIsFatal() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("deals.csv", "ID,Name,Account,Stage,Amount\nD-1,x,y,z,1\n")
        let error = #expect(throws: ImportError.self) {
            try Importer(siteRoot: folder.url).importCSV(file, mapping: plainDealMapping())
        }
        #expect(error?.diagnostics.map(\.field) == ["owner"])
    }

    @Test func titlesAreQuotedAndSlugged() throws {
        let folder = try TemporaryFolder()
        let csv = "ID,Name,Account,Owner,Stage,Amount\n"
            + "SF/../1,华东扩容,Acme,张三,Open,1\n"
            + "D-2,\"NO: \"\"yes\"\" # \\ 1.20\",Acme,Ann,Open,1\n"
            + "D-3,Café Crème,Acme,Ann,Open,1\n"
            + "D-4,Café Crème,Acme,Ann,Open,1\n"
            + "中文,中文,Acme,Ann,Open,1\n"
        let file = try folder.write("deals.csv", csv)
        let summary = try Importer(siteRoot: folder.url).importCSV(file, mapping: plainDealMapping())
        #expect(summary.created == 5)
        let files = folder.files(under: "content/deals")
        #expect(files.contains("sf-1.md"))
        #expect(files.contains("no-yes-1-20.md"))
        #expect(files.contains("cafe-creme.md"))
        #expect(files.contains("cafe-creme-d-4.md"))
        #expect(files.contains { $0.hasPrefix("item-") })
        #expect(files.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == ".") } })
        let quoted = try folder.read("content/deals/no-yes-1-20.md")
        #expect(quoted.contains("title: \"NO: \\\"yes\\\" # \\\\ 1.20\"\n"))
        let chinese = try folder.read("content/deals/sf-1.md")
        #expect(chinese.contains("title: \"华东扩容\"\n"))
        #expect(chinese.contains("owner: \"item-"))
    }

    @Test func dryRunWritesNothing() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("deals.csv", "ID,Name,Account,Owner,Stage,Amount\nD-1,x,y,z,Open,1\n")
        let summary = try Importer(siteRoot: folder.url, dryRun: true).importCSV(file, mapping: plainDealMapping())
        #expect(summary.created == 1)
        #expect(folder.files(under: "content").isEmpty)
    }

    @Test func salesforceReportLabelsAndProbability() throws {
        let folder = try TemporaryFolder()
        let csv = "Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date,Created Date,Opportunity Owner,Probability (%)\n"
            + "006A,Big deal,Acme,Closed Won,\"USD 1,500.00\",4/15/2027,1/20/2027,Jane Roe,90\n"
            + "006B,Conflict,Acme,Prospecting,€5,4/15/2027,1/2/2027,Jane Roe,150\n"
        let file = try folder.write("report.csv", csv)
        let summary = try Importer(siteRoot: folder.url).importCSV(file, mapping: .salesforce)
        #expect(summary.created == 1)
        #expect(rejectedLines(summary) == ["3: probability"])
        let deal = try folder.read("content/deals/big-deal.md")
        #expect(deal.contains("probability: 0.9\n"))
        #expect(deal.contains("close: \"2027-04-15\"\n"))
        #expect(deal.contains("opened: \"2027-01-20\"\n"))
        #expect(deal.contains("amount: 1500\n"))
        #expect(deal.contains("currency: \"USD\"\n"))
        #expect(deal.contains("owner: \"jane-roe\"\n"))
    }

    @Test func currencyColumnConflictIsRejected() throws {
        let folder = try TemporaryFolder()
        let csv = "Id,Name,Account.Name,StageName,Amount,CurrencyIsoCode,Owner.Name\n"
            + "1,A,Acme,Prospecting,€5,USD,Jane\n"
            + "2,B,Acme,Prospecting,5,eur,Jane\n"
        let file = try folder.write("export.csv", csv)
        let summary = try Importer(siteRoot: folder.url).importCSV(file, mapping: .salesforce)
        #expect(rejectedLines(summary) == ["2: currency"])
        #expect(try folder.read("content/deals/b.md").contains("currency: \"EUR\"\n"))
    }

    @Test func repImportAddsManagers() throws {
        let folder = try TemporaryFolder()
        let csv = "sales_agent,manager,regional_office\nAnna Snelling,Dustin Brinkmann,Central\nCecily Lampkin,Dustin Brinkmann,Central\nMei Chen,Rocco Neubert,East\n"
        let file = try folder.write("teams.csv", csv)
        let summary = try Importer(siteRoot: folder.url).importCSV(file, mapping: .mavenTeams)
        #expect(summary.created == 5)
        #expect(folder.files(under: "content/reps") == ["anna-snelling.md", "cecily-lampkin.md", "dustin-brinkmann.md", "mei-chen.md", "rocco-neubert.md"])
        let anna = try folder.read("content/reps/anna-snelling.md")
        #expect(anna.contains("manager: \"dustin-brinkmann\"\n"))
        #expect(anna.contains("region: \"Central\"\n"))
        #expect(anna.contains("crm_id: \"Anna Snelling\"\n"))
        #expect(try folder.read("content/reps/dustin-brinkmann.md").contains("region: \"Central\"\n"))

        let again = try Importer(siteRoot: folder.url).importCSV(file, mapping: .mavenTeams)
        #expect(again.unchanged == 5)
    }

    @Test func mappingRejectsUnknownField() {
        #expect(throws: ImportError.self) {
            try ImportMapping(kind: .deal, fields: ["Deal": "colour"])
        }
    }
}
