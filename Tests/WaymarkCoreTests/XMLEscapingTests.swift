import Testing
@testable import WaymarkCore

private let hostileLabel = "<script>alert(\"x\")</script> & '"

@Test func escapeReplacesAllFiveCharacters() {
    #expect(
        XMLEscaping.escape(hostileLabel)
            == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;"
    )
}

@Test func escapeReplacesForbiddenControlCharacters() {
    #expect(XMLEscaping.escape("a\u{0}b\u{1B}c") == "a\u{FFFD}b\u{FFFD}c")
    #expect(XMLEscaping.escape("tab\there\nline") == "tab\there\nline")
    #expect(XMLEscaping.escape("路线图 ✓") == "路线图 ✓")
}

@Test func renderEscapesHostileText() {
    let entry = TimelineEntry(
        id: hostileLabel, label: hostileLabel, url: "a.html?x=1&y=\"2\"", lane: hostileLabel,
        colorKey: hostileLabel, colorLabel: hostileLabel,
        start: TimelineFixtures.day(2027, 1, 1), end: TimelineFixtures.day(2027, 1, 31),
        milestones: [TimelineMilestone(name: hostileLabel, day: TimelineFixtures.day(2027, 1, 15))],
        tooltip: hostileLabel, extraColumns: [hostileLabel]
    )
    var options = TimelineFixtures.options()
    options.strings.title = hostileLabel
    options.strings.tableCaption = hostileLabel
    options.idPrefix = hostileLabel
    let output = TimelineRenderer.render([entry], options: options)
    for text in [output.svg, output.table] {
        #expect(!text.contains("<script"))
        #expect(!text.contains("\"x\""))
        #expect(!text.contains("& '"))
        #expect(text.contains("&lt;script&gt;"))
    }
    #expect(output.svg.contains("href=\"a.html?x=1&amp;y=&quot;2&quot;\""))
}

@Test func renderDropsScriptURLs() {
    var entry = TimelineFixtures.smallEntries[0]
    entry.url = " JavaScript:alert(1)"
    let output = TimelineRenderer.render([entry], options: TimelineFixtures.options())
    #expect(!output.svg.contains("<a "))
    #expect(!output.table.contains("<a "))
    #expect(LinkPolicy.safeHref("https://example.com/a:b") == "https://example.com/a:b")
    #expect(LinkPolicy.safeHref("deals/acme.html#x:y") == "deals/acme.html#x:y")
    #expect(LinkPolicy.safeHref("mailto:sales@example.com") == "mailto:sales@example.com")
    #expect(LinkPolicy.safeHref("data:text/html,hi") == nil)
    #expect(LinkPolicy.safeHref("") == nil)
}
