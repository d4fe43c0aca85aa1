import Foundation
@testable import WaymarkCore

/// Builders shared by the timeline tests.
enum TimelineFixtures {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        guard let value = CalendarDay(year: year, month: month, day: day) else {
            preconditionFailure("invalid test date \(year)-\(month)-\(day)")
        }
        return value
    }

    static let englishStrings = TimelineStrings(
        title: "Roadmap",
        description: "Deals by owner over time",
        tableCaption: "Roadmap items",
        laneHeader: "Owner",
        itemHeader: "Item",
        startHeader: "Start",
        endHeader: "End",
        colorHeader: "Stage",
        milestonesHeader: "Key dates",
        extraColumnHeaders: ["Amount"],
        today: "Today",
        milestoneLegend: "Key date",
        empty: "Nothing in this period"
    )

    static let chineseStrings = TimelineStrings(
        title: "销售路线图",
        description: "按负责人排列的商机时间线",
        tableCaption: "路线图条目",
        laneHeader: "负责人",
        itemHeader: "条目",
        startHeader: "开始",
        endHeader: "结束",
        colorHeader: "阶段",
        milestonesHeader: "关键日期",
        extraColumnHeaders: ["金额"],
        today: "今天",
        milestoneLegend: "关键日期",
        empty: "此期间没有条目"
    )

    /// Two lanes and three items. "a1" and "a2" overlap in lane "Alice", so that lane has two sub-rows.
    static var smallEntries: [TimelineEntry] {
        [
            TimelineEntry(
                id: "a1", label: "Acme renewal", url: "deals/acme.html", lane: "Alice",
                colorKey: "negotiation", colorLabel: "Negotiation",
                start: day(2027, 1, 10), end: day(2027, 3, 20),
                milestones: [TimelineMilestone(name: "Demo", day: day(2027, 2, 1))],
                tooltip: "Acme renewal, 120k", extraColumns: ["120k"]
            ),
            TimelineEntry(
                id: "a2", label: "Globex pilot", lane: "Alice",
                colorKey: "proposal", colorLabel: "Proposal",
                start: day(2027, 2, 15), end: day(2027, 4, 30), extraColumns: ["40k"]
            ),
            TimelineEntry.milestone(
                id: "b1", label: "Initech signing", lane: "Bob",
                colorKey: "won", colorLabel: "Won", day: day(2027, 3, 1)
            ),
        ]
    }

    static func options(
        unit: TimelineUnit = .month,
        range: ClosedRange<CalendarDay>? = nil,
        today: CalendarDay? = nil,
        language: Language = .en,
        width: Int = 640
    ) -> TimelineOptions {
        TimelineOptions(
            unit: unit,
            range: range,
            today: today,
            language: language,
            width: width,
            strings: language == .zhCN ? chineseStrings : englishStrings
        )
    }

    static func fixtureURL(_ name: String, filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("Fixtures/timeline")
            .appendingPathComponent(name)
    }
}
