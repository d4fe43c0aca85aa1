import Foundation
import Testing
@testable import WaymarkCore

/// Compares `actual` with the fixture `name`. On a mismatch, writes `actual` to the temporary
/// directory so that the difference can be inspected with `diff`.
private func expectMatchesFixture(_ actual: String, _ name: String) throws {
    let url = TimelineFixtures.fixtureURL(name)
    let expected = try String(contentsOf: url, encoding: .utf8)
    if actual != expected {
        let actualURL = FileManager.default.temporaryDirectory.appendingPathComponent("actual-" + name)
        try? actual.write(to: actualURL, atomically: true, encoding: .utf8)
        Issue.record("output differs from \(url.path); actual output written to \(actualURL.path)")
    }
}

@Test func smallTimelineSVGMatchesGolden() throws {
    let options = TimelineFixtures.options(today: TimelineFixtures.day(2027, 3, 10))
    let output = TimelineRenderer.render(TimelineFixtures.smallEntries, options: options)
    try expectMatchesFixture(output.svg, "small.svg")
}

@Test func smallTimelineTableMatchesGolden() throws {
    let options = TimelineFixtures.options(today: TimelineFixtures.day(2027, 3, 10))
    let output = TimelineRenderer.render(TimelineFixtures.smallEntries, options: options)
    try expectMatchesFixture(output.table, "small-table.html")
}
