import Testing
@testable import WaymarkCore

private func lines(_ text: String, containing fragment: String) -> [Substring] {
    text.split(separator: "\n").filter { $0.contains(fragment) }
}

@Test func overlapPacksIntoTwoSubRows() {
    let layout = TimelineLayout(
        entries: TimelineFixtures.smallEntries,
        range: TimelineFixtures.day(2027, 1, 1)...TimelineFixtures.day(2027, 4, 30),
        options: TimelineFixtures.options()
    )
    #expect(layout.lanes.map(\.name) == ["Alice", "Bob"])
    #expect(layout.lanes.map(\.rowCount) == [2, 1])
    #expect(layout.items.map(\.row) == [0, 1, 0])
    #expect(layout.lanes[0].height > layout.lanes[1].height)
}

@Test func todayOutsideRangeIsOmitted() {
    let options = TimelineFixtures.options(today: TimelineFixtures.day(2027, 6, 1))
    let svg = TimelineRenderer.render(TimelineFixtures.smallEntries, options: options).svg
    #expect(!svg.contains("wm-tl-today"))
    #expect(!svg.contains("Today"))
}

@Test func todayInsideRangeIsDrawn() {
    let options = TimelineFixtures.options(today: TimelineFixtures.day(2027, 4, 30))
    let svg = TimelineRenderer.render(TimelineFixtures.smallEntries, options: options).svg
    #expect(lines(svg, containing: "wm-tl-today-line").count == 1)
    // Near the right edge the label is anchored at its end so that it stays inside the SVG.
    #expect(lines(svg, containing: "wm-tl-today-label").first?.contains("text-anchor=\"end\"") == true)
}

@Test func endBeforeStartIsSkipped() {
    let broken = TimelineEntry(
        id: "broken", label: "Backwards", lane: "Alice", colorKey: "k", colorLabel: "K",
        start: TimelineFixtures.day(2027, 3, 1), end: TimelineFixtures.day(2027, 2, 1)
    )
    let output = TimelineRenderer.render(TimelineFixtures.smallEntries + [broken], options: TimelineFixtures.options())
    #expect(!output.svg.contains("broken"))
    #expect(!output.table.contains("broken"))
    #expect(!output.svg.contains("width=\"-"))
}

@Test func outputIsDeterministic() {
    let options = TimelineFixtures.options(today: TimelineFixtures.day(2027, 3, 10), language: .zhCN)
    let first = TimelineRenderer.render(TimelineFixtures.smallEntries, options: options)
    let second = TimelineRenderer.render(TimelineFixtures.smallEntries.reversed(), options: options)
    #expect(first.svg == second.svg)
    #expect(first.table == second.table)
}

@Test func spansAreClippedToExplicitRange() {
    let options = TimelineFixtures.options(
        range: TimelineFixtures.day(2027, 2, 1)...TimelineFixtures.day(2027, 2, 28)
    )
    let layout = TimelineLayout(
        entries: TimelineFixtures.smallEntries, range: options.range ?? TimelineFixtures.day(2027, 1, 1)...TimelineFixtures.day(2027, 1, 1),
        options: options
    )
    // The milestone on 1 March is outside, and both spans are cut at the range's edges.
    #expect(layout.items.map(\.entry.id) == ["a1", "a2"])
    #expect(layout.items.allSatisfy { $0.barStart >= layout.plotLeft })
    #expect(layout.items.allSatisfy { $0.barEnd <= layout.plotRight })
}

@Test func longLabelIsTruncatedOrMovedOutside() {
    let long = TimelineEntry(
        id: "long", label: "华东区年度框架协议续约谈判与交付计划", lane: "A", colorKey: "k", colorLabel: "K",
        start: TimelineFixtures.day(2027, 1, 1), end: TimelineFixtures.day(2027, 1, 10)
    )
    let next = TimelineEntry(
        id: "next", label: "Next", lane: "A", colorKey: "k", colorLabel: "K",
        start: TimelineFixtures.day(2027, 1, 20), end: TimelineFixtures.day(2027, 3, 31)
    )
    let layout = TimelineLayout(
        entries: [long, next],
        range: TimelineFixtures.day(2027, 1, 1)...TimelineFixtures.day(2027, 3, 31),
        options: TimelineFixtures.options()
    )
    #expect(layout.lanes.map(\.rowCount) == [1])
    let label = layout.items.first?.label
    // Inside the bar and before the next item are both too short, so the label is cut to the larger one.
    #expect(label?.text.hasSuffix("…") == true)
    if let label, let nextStart = layout.items.last?.barStart {
        let labelEnd = label.x + TextWidth.estimate(label.text, fontSize: TimelineMetrics.fontSize)
        #expect(labelEnd <= nextStart)
    }
    #expect(layout.items.last?.label?.isInside == true)
}

@Test func explicitLaneOrderKeepsEmptyLanes() {
    var options = TimelineFixtures.options()
    options.laneOrder = .explicit(["Carol", "Bob"])
    let layout = TimelineLayout(
        entries: TimelineFixtures.smallEntries,
        range: TimelineFixtures.day(2027, 1, 1)...TimelineFixtures.day(2027, 4, 30),
        options: options
    )
    #expect(layout.lanes.map(\.name) == ["Carol", "Bob", "Alice"])
}

@Test func paletteAssignsColorsBySortedKey() {
    let colors = TimelinePalette.sequence(["#111111", "#222222"]).colors(for: ["won", "lead", "won", "proposal"])
    #expect(colors == ["lead": "#111111", "proposal": "#222222", "won": "#111111"])
    let mapped = TimelinePalette.mapping(["won": "#00ff00"], fallback: ["#aaaaaa"]).colors(for: ["won", "lost"])
    #expect(mapped == ["won": "#00ff00", "lost": "#aaaaaa"])
}

@Test func emptyInputRendersEmptyText() {
    let output = TimelineRenderer.render([], options: TimelineFixtures.options())
    #expect(output.svg.contains("Nothing in this period"))
    #expect(output.svg.contains("role=\"img\""))
    #expect(output.table.contains("<tbody>\n</tbody>"))
}

@Test func decimalFormatIgnoresLocale() {
    #expect(DecimalFormat.oneDecimal(12) == "12.0")
    #expect(DecimalFormat.oneDecimal(3.14159) == "3.1")
    #expect(DecimalFormat.oneDecimal(0.05) == "0.1")
    #expect(DecimalFormat.oneDecimal(-0.05) == "-0.1")
    #expect(DecimalFormat.oneDecimal(-0.04) == "0.0")
    #expect(DecimalFormat.oneDecimal(1234.56) == "1234.6")
}

@Test func tenThousandEntriesRenderQuickly() {
    let base = TimelineFixtures.day(2027, 1, 1)
    var entries: [TimelineEntry] = []
    for index in 0..<10_000 {
        let start = base.adding(days: (index * 7919) % 700)
        entries.append(TimelineEntry(
            id: "e\(index)", label: "Deal \(index)", lane: "Lane \(index % 20)",
            colorKey: "stage\(index % 6)", colorLabel: "Stage \(index % 6)",
            start: start, end: start.adding(days: index % 90)
        ))
    }
    let clock = ContinuousClock()
    var output: (svg: String, table: String) = ("", "")
    let elapsed = clock.measure {
        output = TimelineRenderer.render(entries, options: TimelineFixtures.options(unit: .quarter, width: 1400))
    }
    #expect(output.table.components(separatedBy: "<tr data-id=").count == 10_001)
    // The bound is loose because tests run as debug builds on machines shared with other jobs.
    #expect(elapsed < .seconds(20))
}
