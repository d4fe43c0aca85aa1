import Testing
@testable import WaymarkCore

@Test func roadmapDateParsesEachPrecision() throws {
    let cases: [(text: String, precision: RoadmapDate.Precision, canonical: String)] = [
        ("2027-03-15", .day, "2027-03-15"),
        ("2027-03", .month, "2027-03"),
        ("2027-Q1", .quarter, "2027-Q1"),
        ("2027-q4", .quarter, "2027-Q4"),
        ("2027-H1", .half, "2027-H1"),
        ("2027-h2", .half, "2027-H2"),
        ("2027", .year, "2027"),
        (" 2028-02-29 ", .day, "2028-02-29"),
    ]
    for (text, precision, canonical) in cases {
        let date = try RoadmapDate(parsing: text)
        #expect(date.precision == precision, "\(text)")
        #expect(date.description == canonical, "\(text)")
    }
}

@Test func roadmapDateRejectsInvalid() {
    let cases: [(text: String, problem: String, expected: String?)] = [
        ("2027-02-30", "`2027-02-30` does not exist: February 2027 has 28 days", nil),
        ("2027-02-29", "`2027-02-29` does not exist: February 2027 has 28 days", nil),
        ("2027-13", "`2027-13`: month 13 does not exist", "a month from 01 to 12"),
        ("2027-13-01", "`2027-13-01`: month 13 does not exist", "a month from 01 to 12"),
        ("2027-Q5", "`2027-Q5`: quarter Q5 does not exist", "a quarter from Q1 to Q4"),
        ("2027-H3", "`2027-H3`: half H3 does not exist", "H1 or H2"),
        ("2027-3", "`2027-3` is not a valid date", "a date such as 2027-03-15, 2027-03, 2027-Q1, 2027-H1 or 2027"),
        ("27", "`27` is not a valid date", "a date such as 2027-03-15, 2027-03, 2027-Q1, 2027-H1 or 2027"),
        ("next", "`next` is not a valid date", "a date such as 2027-03-15, 2027-03, 2027-Q1, 2027-H1 or 2027"),
        ("2027-03-15-01", "`2027-03-15-01` is not a valid date", "a date such as 2027-03-15, 2027-03, 2027-Q1, 2027-H1 or 2027"),
        (
            "2027-03-15T10:00:00+08:00",
            "`2027-03-15T10:00:00+08:00` has a time, but roadmap dates are calendar dates without a time or time zone",
            "the day alone, such as 2027-03-15"
        ),
        (
            "2027-03-15 10:00:00 -05:00",
            "`2027-03-15 10:00:00 -05:00` has a time, but roadmap dates are calendar dates without a time or time zone",
            "the day alone, such as 2027-03-15"
        ),
    ]
    for (text, problem, expected) in cases {
        do {
            let date = try RoadmapDate(parsing: text)
            Issue.record("`\(text)` parsed as \(date)")
        } catch {
            #expect(error.problem.en == problem)
            #expect(error.expected?.en == expected, "\(text)")
        }
    }
}

@Test func roadmapDateErrorInChinese() {
    do {
        _ = try RoadmapDate(parsing: "2027-02-30")
        Issue.record("expected an error")
    } catch {
        #expect(
            error.diagnostic(at: SourceLocation(file: "a.md", line: 4, column: 8), field: "end").formatted(.zhCN)
                == "a.md:4:8: 错误: 字段 `end`：`2027-02-30` 不存在：2027年2月只有 28 天"
        )
    }
}

@Test func roadmapDateCalendarSpans() throws {
    let cases: [(text: String, start: String, end: String)] = [
        ("2027-03-15", "2027-03-15", "2027-03-15"),
        ("2027-03", "2027-03-01", "2027-03-31"),
        ("2028-02", "2028-02-01", "2028-02-29"),
        ("2027-Q1", "2027-01-01", "2027-03-31"),
        ("2027-Q4", "2027-10-01", "2027-12-31"),
        ("2027-H2", "2027-07-01", "2027-12-31"),
        ("2027", "2027-01-01", "2027-12-31"),
    ]
    for (text, start, end) in cases {
        let date = try RoadmapDate(parsing: text)
        #expect(date.start(fiscalYearStart: 1).description == start, "\(text)")
        #expect(date.end(fiscalYearStart: 1).description == end, "\(text)")
    }
}

@Test func roadmapDateFiscalAprilSpans() throws {
    let cases: [(text: String, start: String, end: String)] = [
        ("2027-Q1", "2026-04-01", "2026-06-30"),
        ("2027-Q4", "2027-01-01", "2027-03-31"),
        ("2027-H1", "2026-04-01", "2026-09-30"),
        ("2027-H2", "2026-10-01", "2027-03-31"),
        ("2027", "2026-04-01", "2027-03-31"),
        ("2027-03", "2027-03-01", "2027-03-31"),
    ]
    for (text, start, end) in cases {
        let date = try RoadmapDate(parsing: text)
        #expect(date.start(fiscalYearStart: 4).description == start, "\(text)")
        #expect(date.end(fiscalYearStart: 4).description == end, "\(text)")
    }
}

@Test func roadmapDateFiscalLeapDay() throws {
    // Fiscal year 2028 starting in December runs 2027-12-01 to 2028-11-30, and its Q1 contains 2028-02-29.
    let quarter = try RoadmapDate(parsing: "2028-Q1")
    #expect(quarter.start(fiscalYearStart: 12).description == "2027-12-01")
    #expect(quarter.end(fiscalYearStart: 12).description == "2028-02-29")
    let leapDay = try #require(CalendarDay(year: 2028, month: 2, day: 29))
    #expect(RoadmapDate.fiscalQuarter(of: leapDay, fiscalYearStart: 12) == (2028, 1))
}

@Test func roadmapDateFiscalQuarterOfDay() throws {
    let cases: [(day: String, start: Int, year: Int, quarter: Int)] = [
        ("2026-04-01", 4, 2027, 1),
        ("2026-06-30", 4, 2027, 1),
        ("2026-07-01", 4, 2027, 2),
        ("2027-03-31", 4, 2027, 4),
        ("2027-04-01", 4, 2028, 1),
        ("2027-12-31", 1, 2027, 4),
        ("2027-01-01", 1, 2027, 1),
    ]
    for (text, start, year, quarter) in cases {
        let day = try #require(try RoadmapDate(parsing: text).calendarDay)
        let result = RoadmapDate.fiscalQuarter(of: day, fiscalYearStart: start)
        #expect(result.year == year, "\(text)")
        #expect(result.quarter == quarter, "\(text)")
    }
}

@Test func roadmapDateCoarsenedToQuarter() throws {
    let cases: [(text: String, fiscalYearStart: Int, coarse: String)] = [
        ("2027-03-15", 1, "2027-Q1"),
        ("2027-05", 1, "2027-Q2"),
        ("2027-05", 4, "2028-Q1"),
        ("2027-03-31", 4, "2027-Q4"),
        ("2027-Q3", 4, "2027-Q3"),
        ("2027-H1", 1, "2027-H1"),
        ("2027", 1, "2027"),
    ]
    for (text, fiscalYearStart, coarse) in cases {
        let date = try RoadmapDate(parsing: text)
        #expect(date.coarsened(to: .quarter, fiscalYearStart: fiscalYearStart).description == coarse, "\(text)")
    }
    let day = try RoadmapDate(parsing: "2027-11-02")
    #expect(day.coarsened(to: .half, fiscalYearStart: 4).description == "2028-H2")
    #expect(day.coarsened(to: .year, fiscalYearStart: 4).description == "2028")
    #expect(day.coarsened(to: .month, fiscalYearStart: 4).description == "2027-11")
}

@Test func roadmapDateFormattedCalendar() throws {
    let cases: [(text: String, en: String, zh: String)] = [
        ("2027-03-15", "15 Mar 2027", "2027年3月15日"),
        ("2027-09", "Sep 2027", "2027年9月"),
        ("2027-Q1", "Q1 2027", "2027年第1季度"),
        ("2027-H1", "H1 2027", "2027年上半年"),
        ("2027-H2", "H2 2027", "2027年下半年"),
        ("2027", "2027", "2027年"),
    ]
    for (text, en, zh) in cases {
        let date = try RoadmapDate(parsing: text)
        #expect(date.formatted(.en, fiscalYearStart: 1) == en)
        #expect(date.formatted(.zhCN, fiscalYearStart: 1) == zh)
    }
}

@Test func roadmapDateFormattedFiscal() throws {
    let cases: [(text: String, en: String, zh: String)] = [
        ("2027-03-15", "15 Mar 2027", "2027年3月15日"),
        ("2027-03", "Mar 2027", "2027年3月"),
        ("2027-Q1", "FY2027 Q1", "2027财年第1季度"),
        ("2027-H2", "FY2027 H2", "2027财年下半年"),
        ("2027", "FY2027", "2027财年"),
    ]
    for (text, en, zh) in cases {
        let date = try RoadmapDate(parsing: text)
        #expect(date.formatted(.en, fiscalYearStart: 4) == en)
        #expect(date.formatted(.zhCN, fiscalYearStart: 4) == zh)
    }
}
