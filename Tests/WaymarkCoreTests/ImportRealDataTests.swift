import Foundation
import Testing
@testable import WaymarkCore

/// Tests over the public sample data in the folder named by `WAYMARK_REAL_DATA`; each prints
/// that it skipped when the variable is unset.
@Suite struct ImportRealDataTests {
    static func dataFolder(for test: String) -> URL? {
        guard let path = ProcessInfo.processInfo.environment["WAYMARK_REAL_DATA"], !path.isEmpty else {
            print("skipped \(test): WAYMARK_REAL_DATA is not set")
            return nil
        }
        return URL(fileURLWithPath: path)
    }

    @Test func mavenPipelineReadsAllRecords() throws {
        guard let data = Self.dataFolder(for: "mavenPipelineReadsAllRecords") else { return }
        let file = data.appendingPathComponent("maven-crm/sales_pipeline.csv")
        let bytes = [UInt8](try Data(contentsOf: file))
        #expect(bytes.contains(0x0D))

        let table = try Importer(siteRoot: data).readCSV(file)
        #expect(table.records.count == 8800)
        #expect(table.header.fields.last == "close_value")
        #expect(table.records.allSatisfy { $0.fields.count == 8 })
        #expect(!table.records.contains { $0.fields.contains { $0.contains("\r") } })
        #expect(table.records.last?.line == 8801)

        // Stage counts from a plain split of the lines; the file has no quoted fields.
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\r\n").dropFirst()
        var expected: [String: Int] = [:]
        for line in lines {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            expected[String(fields[4]), default: 0] += 1
        }
        var counted: [String: Int] = [:]
        for record in table.records {
            counted[record.fields[4], default: 0] += 1
        }
        #expect(counted == expected)
        #expect(counted.values.reduce(0, +) == 8800)
    }

    @Test func mavenPipelineImportCounts() throws {
        guard let data = Self.dataFolder(for: "mavenPipelineImportCounts") else { return }
        let file = data.appendingPathComponent("maven-crm/sales_pipeline.csv")
        let site = try TemporaryFolder()
        let summary = try Importer(siteRoot: site.url, dryRun: true).importCSV(file, mapping: .maven)

        // Rows without an account are rejected because a deal needs one. Open deals without a
        // close value are imported without an amount.
        let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        let rows = text.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let incomplete = rows.filter { $0[3].isEmpty }.count
        #expect(summary.rejected == incomplete)
        #expect(summary.created == rows.count - incomplete)
        #expect(summary.diagnostics.allSatisfy { $0.location?.line ?? 0 >= 2 })
    }

    @Test func hubspotDealsImport() throws {
        guard let data = Self.dataFolder(for: "hubspotDealsImport") else { return }
        let site = try TemporaryFolder()
        let summary = try Importer(siteRoot: site.url).importCSV(data.appendingPathComponent("hubspot/hubspot_deals.csv"), mapping: .hubspot)
        #expect(summary.created + summary.rejected == 500)
        #expect(summary.created > 0)
        let files = site.files(under: "content/deals")
        #expect(files.count == summary.created)
        let sample = try site.read("content/deals/" + (files.first ?? ""))
        #expect(sample.contains("owner: \""))
        #expect(!sample.contains("@example"))
    }

    @Test func microsoftRoadmapImport() throws {
        guard let data = Self.dataFolder(for: "microsoftRoadmapImport") else { return }
        let site = try TemporaryFolder()
        let summary = try Importer(siteRoot: site.url).importFeatures(data.appendingPathComponent("m365-roadmap/items"))
        #expect(summary.created + summary.rejected == 1010)
        for name in site.files(under: "content/features") {
            let text = try site.read("content/features/" + name)
            #expect(!text.contains("<div"), "raw HTML in \(name)")
        }
    }
}
