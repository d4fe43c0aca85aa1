extension RoadmapDate {
    /// The forms `init(parsing:)` reads, for messages.
    static let acceptedForms = LocalizedText(
        en: "a date such as 2027-03-15, 2027-03, 2027-Q1, 2027-H1 or 2027",
        zh: "日期，如 2027-03-15、2027-03、2027-Q1、2027-H1 或 2027"
    )

    /// Parses `2027-03-15`, `2027-03`, `2027-Q1` (or `q1`), `2027-H1` (or `h1`) or `2027`.
    /// Spaces around the text are ignored. A day with a time (`2027-03-15T10:00:00+08:00`) is
    /// rejected rather than cut, because a roadmap date is a calendar date, not an instant.
    public init(parsing text: String) throws(RoadmapDateError) {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        var trimmed = text.drop(while: isBlank)
        while let last = trimmed.last, isBlank(last) {
            trimmed = trimmed.dropLast()
        }
        // At most three parts, so a time zone such as `-05:00` stays in the day part and is reported as a time.
        let parts = trimmed.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard let yearText = parts.first, let year = Self.number(yearText, digits: 4) else {
            throw Self.invalidForm(text)
        }

        switch parts.count {
        case 1:
            self = .fiscalYear(year)
        case 2:
            self = try Self.parsePeriod(parts[1], year: year, text: text)
        case 3:
            self = try Self.parseDay(yearText, parts[1], parts[2], text: text)
        default:
            throw Self.invalidForm(text)
        }
    }

    /// Parses the part after the year: a two-digit month, `Q1`–`Q4` or `H1`–`H2`.
    private static func parsePeriod(_ part: Substring, year: Int, text: String) throws(RoadmapDateError) -> RoadmapDate {
        if let month = number(part, digits: 2) {
            guard let date = RoadmapDate.month(year: year, month: month) else {
                throw invalidMonth(month, text: text)
            }
            return date
        }

        guard let letter = part.first?.uppercased(), let value = number(part.dropFirst(), digits: 1) else {
            throw invalidForm(text)
        }
        switch letter {
        case "Q":
            guard let date = RoadmapDate.quarter(year: year, quarter: value) else {
                throw RoadmapDateError(
                    text: text,
                    problem: LocalizedText(en: "`\(text)`: quarter Q\(value) does not exist", zh: "`\(text)`：不存在第 \(value) 季度"),
                    expected: LocalizedText(en: "a quarter from Q1 to Q4", zh: "Q1 至 Q4 的季度")
                )
            }
            return date
        case "H":
            guard let date = RoadmapDate.half(year: year, half: value) else {
                throw RoadmapDateError(
                    text: text,
                    problem: LocalizedText(en: "`\(text)`: half H\(value) does not exist", zh: "`\(text)`：不存在 H\(value) 半年"),
                    expected: LocalizedText(en: "H1 or H2", zh: "H1 或 H2")
                )
            }
            return date
        default:
            throw invalidForm(text)
        }
    }

    /// Parses `MM-DD` after the year, rejecting a time after the day and days the month lacks.
    private static func parseDay(
        _ yearPart: Substring, _ monthPart: Substring, _ dayPart: Substring, text: String
    ) throws(RoadmapDateError) -> RoadmapDate {
        guard let year = number(yearPart, digits: 4) else {
            throw invalidForm(text)
        }
        guard let month = number(monthPart, digits: 2) else {
            throw invalidForm(text)
        }
        let dayDigits = dayPart.prefix(2)
        guard let day = number(dayDigits, digits: 2) else {
            throw invalidForm(text)
        }
        if dayPart.count > 2 {
            guard let separator = dayPart.dropFirst(2).first, separator == "T" || separator == "t" || separator == " " else {
                throw invalidForm(text)
            }
            throw RoadmapDateError(
                text: text,
                problem: LocalizedText(
                    en: "`\(text)` has a time, but roadmap dates are calendar dates without a time or time zone",
                    zh: "`\(text)` 带有时间，但路线图日期只是日历日期，不含时间和时区"
                ),
                expected: LocalizedText(
                    en: "the day alone, such as \(yearPart)-\(monthPart)-\(dayDigits)",
                    zh: "只写日期，如 \(yearPart)-\(monthPart)-\(dayDigits)"
                )
            )
        }
        guard (1...12).contains(month) else {
            throw invalidMonth(month, text: text)
        }
        guard let calendarDay = CalendarDay(year: year, month: month, day: day) else {
            let length = CalendarDay.daysIn(month: month, year: year)
            throw RoadmapDateError(
                text: text,
                problem: LocalizedText(
                    en: "`\(text)` does not exist: \(englishMonthNames[month - 1]) \(year) has \(length) days",
                    zh: "`\(text)` 不存在：\(year)年\(month)月只有 \(length) 天"
                )
            )
        }
        return .day(calendarDay)
    }

    /// Returns the value of `text` when it is exactly `digits` ASCII digits.
    private static func number(_ text: Substring, digits: Int) -> Int? {
        guard text.count == digits, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    private static func invalidForm(_ text: String) -> RoadmapDateError {
        RoadmapDateError(
            text: text,
            problem: LocalizedText(en: "`\(text)` is not a valid date", zh: "`\(text)` 不是有效的日期"),
            expected: acceptedForms
        )
    }

    private static func invalidMonth(_ month: Int, text: String) -> RoadmapDateError {
        RoadmapDateError(
            text: text,
            problem: LocalizedText(en: "`\(text)`: month \(month) does not exist", zh: "`\(text)`：不存在 \(month) 月"),
            expected: LocalizedText(en: "a month from 01 to 12", zh: "01 至 12 的月份")
        )
    }
}
