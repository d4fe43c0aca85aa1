import Foundation
import Testing
@testable import WaymarkCore

/// The preview server's builder: a rebuild after one edit decodes only that file and writes the
/// same output as a full build.
@Suite struct IncrementalBuilderTests {
    static let site = """
    -- content/features/alpha.md --
    ---
    title: Alpha
    visibility: public
    status: planned
    start: 2027-Q1
    end: 2027-Q2
    ---
    First text.
    -- content/features/beta.md --
    ---
    title: Beta
    status: beta
    ---
    -- content/reps/li-na.md --
    ---
    name: Li Na
    title: Li Na
    ---
    -- content/deals/harbor.md --
    ---
    title: Harbor
    account: Harbor Bank
    owner: li-na
    stage: negotiation
    amount: 120000
    close: 2027-03-31
    ---
    """

    @Test func rebuildDecodesOnlyEditedFile() throws {
        let site = try SiteFixture(Self.site)
        defer { site.remove() }
        var builder = IncrementalBuilder(options: SiteBuilder.Options(site: site.root, today: SiteFixture.today))
        #expect(builder.build().errorLines == [])
        #expect(builder.decodeCount == 4)

        try site.write("content/features/alpha.md", """
        ---
        title: Alpha renamed
        visibility: public
        status: in-progress
        start: 2027-Q1
        end: 2027-Q3
        ---
        Second text.
        """)
        #expect(builder.build().errorLines == [])
        #expect(builder.decodeCount == 5)
        #expect(site.read("public/features/alpha.html")?.contains("Second text.") == true)

        let incremental = site.snapshot("public").merging(site.snapshot("internal")) { $1 }
        #expect(site.build().errorLines == [])
        let full = site.snapshot("public").merging(site.snapshot("internal")) { $1 }
        #expect(incremental.keys.sorted() == full.keys.sorted())
        for (path, bytes) in full {
            #expect(incremental[path] == bytes, "\(path) differs from a full build")
        }
    }

    @Test func rebuildWithoutChangeWritesNothing() throws {
        let site = try SiteFixture(Self.site)
        defer { site.remove() }
        var builder = IncrementalBuilder(options: SiteBuilder.Options(site: site.root, today: SiteFixture.today))
        #expect(builder.build().errorLines == [])
        #expect(builder.lastWrittenCount > 0)
        #expect(builder.build().errorLines == [])
        #expect(builder.decodeCount == 4)
        #expect(builder.lastWrittenCount == 0)
    }

    @Test func rebuildRemovesDeletedItemPages() throws {
        let site = try SiteFixture(Self.site)
        defer { site.remove() }
        var builder = IncrementalBuilder(options: SiteBuilder.Options(site: site.root, today: SiteFixture.today))
        #expect(builder.build().errorLines == [])
        #expect(site.exists("internal/features/beta.html"))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/features/beta.md"))
        #expect(builder.build().errorLines == [])
        #expect(!site.exists("internal/features/beta.html"))
        #expect(builder.decodeCount == 4)
    }

    @Test func failedRebuildKeepsLastOutput() throws {
        let site = try SiteFixture(Self.site)
        defer { site.remove() }
        var builder = IncrementalBuilder(options: SiteBuilder.Options(site: site.root, today: SiteFixture.today))
        #expect(builder.build().errorLines == [])
        let before = site.snapshot("public")
        try site.write("content/features/alpha.md", "---\ntitle: Alpha\nstart: 2027-Q3\nend: 2027-Q1\n---\n")
        #expect(!builder.build().errorLines.isEmpty)
        #expect(site.snapshot("public") == before)
    }
}
