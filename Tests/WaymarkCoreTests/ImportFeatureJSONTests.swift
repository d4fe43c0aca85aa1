import Foundation
import Testing
@testable import WaymarkCore

@Suite struct ImportFeatureJSONTests {
    @Test func roadmapFolderBecomesFeatures() throws {
        let folder = try TemporaryFolder()
        try folder.write("feed/1.json", """
        {"guid": "1", "title": "Bookings: Follow up reminders", "category": ["Bookings", "General Availability", "Launched", "Web"],
         "description": "<div>Send <b>reminders</b> &amp; <script>alert(1)</script>more &lt;img src=x onerror=alert(1)&gt;</div><ul><li>one</li><li>two</li></ul>",
         "publicDisclosureAvailabilityDate": "October CY2022", "publicPreviewDate": "August CY2022"}
        """)
        try folder.write("feed/2.json", """
        {"guid": 2, "title": "Teams: 会议纪要", "category": ["In development", "Microsoft Teams", "Desktop"],
         "description": "Plain", "publicDisclosureAvailabilityDate": null, "publicPreviewDate": null}
        """)
        try folder.write("feed/3.json", """
        [{"guid": "3", "title": "Gone", "category": ["Cancelled", "Outlook"], "description": ""},
         {"guid": "4", "title": "Bad date", "category": ["Outlook"], "description": "", "publicDisclosureAvailabilityDate": "Someday"},
         "not an object"]
        """)
        let summary = try Importer(siteRoot: folder.url).importFeatures(folder.url.appendingPathComponent("feed"))
        #expect(summary.created == 2)
        #expect(summary.rejected == 3)

        let first = try folder.read("content/features/bookings-follow-up-reminders.md")
        #expect(first.contains("status: \"released\"\n"))
        #expect(first.contains("team: \"Bookings\"\n"))
        #expect(first.contains("start: \"2022-08\"\n"))
        #expect(first.contains("end: \"2022-10\"\n"))
        #expect(first.contains("released: \"2022-10\"\n"))
        #expect(first.contains("tags: [\"General Availability\", \"Web\"]\n"))
        #expect(first.contains("Send reminders \\& more \\<img src=x onerror=alert(1)\\>"))
        #expect(!first.contains("alert(1)</"))
        #expect(!first.contains("<b>"))
        #expect(first.contains("\n- one\n- two"))

        let second = try folder.read("content/features/teams.md")
        #expect(second.contains("crm_id: \"2\"\n"))
        #expect(second.contains("horizon: \"later\"\n"))
        #expect(!second.contains("end:"))
        #expect(second.contains("status: \"in-progress\"\n"))
        #expect(second.contains("team: \"Microsoft Teams\"\n"))
    }

    @Test func monthDatesParse() {
        #expect(FeatureJSONImporter.parseMonth("October CY2022") == "2022-10")
        #expect(FeatureJSONImporter.parseMonth("may 2027") == "2027-05")
        #expect(FeatureJSONImporter.parseMonth("2027-13") == nil)
        #expect(FeatureJSONImporter.parseMonth("Q4 CY2022") == nil)
    }

    @Test func markdownEscapesLineStarts() {
        #expect(MarkdownText.fromHTML("<p>- not a list</p><p>1. not numbered</p><p># no heading</p>") == "\\- not a list\n\n1\\. not numbered\n\n\\# no heading")
    }

    @Test func invalidJSONIsFatal() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("broken.json", "{\"guid\": ")
        #expect(throws: ImportError.self) {
            try Importer(siteRoot: folder.url).importFeatures(file)
        }
    }
}
