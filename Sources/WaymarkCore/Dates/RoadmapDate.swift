/// A roadmap date with its precision: a day, a month, a fiscal quarter, a fiscal half or a fiscal
/// year. It is a calendar date, never an instant, so no time zone moves it.
///
/// Quarters, halves and years count in fiscal years, named by the calendar year they end in, while
/// days and months are calendar ones. `start(fiscalYearStart:)` and `end(fiscalYearStart:)` turn
/// any precision into calendar days.
public struct RoadmapDate: Hashable, Sendable, CustomStringConvertible {
    /// Precisions from the finest to the coarsest, so `<` means finer.
    public enum Precision: Int, Hashable, Sendable, Comparable, CaseIterable {
        case day
        case month
        case quarter
        case half
        case year

        public static func < (lhs: Precision, rhs: Precision) -> Bool {
            lhs.rawValue < rhs.rawValue
        }
    }

    public let precision: Precision
    /// The calendar year for a day or a month, the fiscal year for a quarter, a half or a year.
    public let year: Int
    /// The month (1–12) of a day or a month, the quarter (1–4), the half (1–2), or 0 for a year.
    let period: Int
    /// The day of the month for a day, otherwise 0.
    let dayOfMonth: Int

    private init(precision: Precision, year: Int, period: Int, dayOfMonth: Int) {
        self.precision = precision
        self.year = year
        self.period = period
        self.dayOfMonth = dayOfMonth
    }

    public static func day(_ day: CalendarDay) -> RoadmapDate {
        RoadmapDate(precision: .day, year: day.year, period: day.month, dayOfMonth: day.day)
    }

    /// Creates a calendar month, or nil when `month` is not 1–12.
    public static func month(year: Int, month: Int) -> RoadmapDate? {
        guard (1...12).contains(month) else { return nil }
        return RoadmapDate(precision: .month, year: year, period: month, dayOfMonth: 0)
    }

    /// Creates a quarter of fiscal year `year`, or nil when `quarter` is not 1–4.
    public static func quarter(year: Int, quarter: Int) -> RoadmapDate? {
        guard (1...4).contains(quarter) else { return nil }
        return RoadmapDate(precision: .quarter, year: year, period: quarter, dayOfMonth: 0)
    }

    /// Creates a half of fiscal year `year`, or nil when `half` is not 1 or 2.
    public static func half(year: Int, half: Int) -> RoadmapDate? {
        guard (1...2).contains(half) else { return nil }
        return RoadmapDate(precision: .half, year: year, period: half, dayOfMonth: 0)
    }

    public static func fiscalYear(_ year: Int) -> RoadmapDate {
        RoadmapDate(precision: .year, year: year, period: 0, dayOfMonth: 0)
    }

    /// The day, when the precision is a day.
    public var calendarDay: CalendarDay? {
        precision == .day ? CalendarDay(unchecked: year, period, dayOfMonth) : nil
    }

    /// The calendar month (1–12), when the precision is a day or a month.
    public var month: Int? {
        precision <= .month ? period : nil
    }

    /// The fiscal quarter (1–4), when the precision is a quarter.
    public var quarter: Int? {
        precision == .quarter ? period : nil
    }

    /// The fiscal half (1 or 2), when the precision is a half.
    public var half: Int? {
        precision == .half ? period : nil
    }

    /// The form the parser reads: `2027-03-15`, `2027-03`, `2027-Q1`, `2027-H1` or `2027`.
    public var description: String {
        let yearText = String(year)
        switch precision {
        case .day: return "\(yearText)-\(Self.twoDigits(period))-\(Self.twoDigits(dayOfMonth))"
        case .month: return "\(yearText)-\(Self.twoDigits(period))"
        case .quarter: return "\(yearText)-Q\(period)"
        case .half: return "\(yearText)-H\(period)"
        case .year: return yearText
        }
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : String(number)
    }
}
