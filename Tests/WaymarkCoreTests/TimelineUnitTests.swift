import Testing
@testable import WaymarkCore

private let january2027 = TimelineFixtures.day(2027, 1, 1)
private let april2027 = TimelineFixtures.day(2027, 4, 1)

@Test func axisLabelsInEnglish() {
    #expect(TimelineUnit.month.label(forPeriodStarting: january2027, language: .en) == "Jan 2027")
    #expect(TimelineUnit.quarter.label(forPeriodStarting: april2027, language: .en) == "Q2 2027")
    #expect(TimelineUnit.year.label(forPeriodStarting: january2027, language: .en) == "2027")
    #expect(TimelineUnit.fiscalQuarter(startMonth: 4).label(forPeriodStarting: april2027, language: .en) == "FY2028 Q1")
    #expect(TimelineUnit.fiscalQuarter(startMonth: 4).label(forPeriodStarting: january2027, language: .en) == "FY2027 Q4")
    #expect(TimelineUnit.fiscalQuarter(startMonth: 1).label(forPeriodStarting: january2027, language: .en) == "FY2027 Q1")
}

@Test func axisLabelsInChinese() {
    #expect(TimelineUnit.month.label(forPeriodStarting: january2027, language: .zhCN) == "2027年1月")
    #expect(TimelineUnit.quarter.label(forPeriodStarting: january2027, language: .zhCN) == "2027年第1季度")
    #expect(TimelineUnit.year.label(forPeriodStarting: january2027, language: .zhCN) == "2027年")
    #expect(TimelineUnit.fiscalQuarter(startMonth: 4).label(forPeriodStarting: january2027, language: .zhCN) == "2027财年第4季度")
    #expect(TimelineUnit.fiscalQuarter(startMonth: 4).label(forPeriodStarting: april2027, language: .zhCN) == "2028财年第1季度")
}

@Test func periodStartPerUnit() {
    let day = TimelineFixtures.day(2027, 5, 17)
    #expect(TimelineUnit.month.periodStart(containing: day) == TimelineFixtures.day(2027, 5, 1))
    #expect(TimelineUnit.quarter.periodStart(containing: day) == TimelineFixtures.day(2027, 4, 1))
    #expect(TimelineUnit.year.periodStart(containing: day) == TimelineFixtures.day(2027, 1, 1))
    #expect(TimelineUnit.fiscalQuarter(startMonth: 4).periodStart(containing: day) == TimelineFixtures.day(2027, 4, 1))
    #expect(TimelineUnit.fiscalQuarter(startMonth: 11).periodStart(containing: TimelineFixtures.day(2027, 1, 31))
        == TimelineFixtures.day(2026, 11, 1))
    // A start month outside 1...12 wraps: 16 is April.
    #expect(TimelineUnit.fiscalQuarter(startMonth: 16).periodStart(containing: day) == TimelineFixtures.day(2027, 4, 1))
}

@Test func fiscalQuarterTicksWithAprilStart() {
    let entry = TimelineEntry(
        id: "x", label: "Rollout", lane: "A", colorKey: "k", colorLabel: "K",
        start: TimelineFixtures.day(2027, 2, 10), end: TimelineFixtures.day(2027, 11, 5)
    )
    let options = TimelineFixtures.options(unit: .fiscalQuarter(startMonth: 4), width: 1200)
    let range = TimelineRenderer.defaultRange(of: [entry], unit: options.unit, today: nil)
    #expect(range == TimelineFixtures.day(2027, 1, 1)...TimelineFixtures.day(2027, 12, 31))

    let svg = TimelineRenderer.render([entry], options: options).svg
    let labels = svg.split(separator: "\n")
        .filter { $0.contains("wm-tl-axis-label") }
        .compactMap { $0.split(separator: ">").dropFirst().first?.split(separator: "<").first.map(String.init) }
    #expect(labels == ["FY2027 Q4", "FY2028 Q1", "FY2028 Q2", "FY2028 Q3"])
}

@Test func axisThinsLabelsWhenCrowded() {
    let entry = TimelineEntry(
        id: "x", label: "Rollout", lane: "A", colorKey: "k", colorLabel: "K",
        start: TimelineFixtures.day(2027, 1, 1), end: TimelineFixtures.day(2029, 12, 31)
    )
    let svg = TimelineRenderer.render([entry], options: TimelineFixtures.options(language: .zhCN, width: 640)).svg
    let lines = svg.split(separator: "\n")
    #expect(lines.filter { $0.contains("class=\"wm-tl-grid\"") }.count == 37)
    let labelCount = lines.filter { $0.contains("wm-tl-axis-label") }.count
    #expect(labelCount > 0)
    #expect(labelCount < 36)
}
