extension RoadmapDate {
    /// Returns the first day of the date, in the fiscal calendar that starts in month
    /// `fiscalYearStart`. It must be 1–12: other values trap, so the caller validates
    /// `fiscal_year_start` when it reads `roadmap.yml`.
    public func start(fiscalYearStart: Int) -> CalendarDay {
        switch precision {
        case .day:
            return CalendarDay(unchecked: year, period, dayOfMonth)
        case .month:
            return CalendarDay(unchecked: year, period, 1)
        case .quarter:
            let fiscalYearFirstDay = Self.firstDay(ofFiscalYear: year, fiscalYearStart: fiscalYearStart)
            return fiscalYearFirstDay.firstOfMonth(addingMonths: 3 * (period - 1))
        case .half:
            let fiscalYearFirstDay = Self.firstDay(ofFiscalYear: year, fiscalYearStart: fiscalYearStart)
            return fiscalYearFirstDay.firstOfMonth(addingMonths: 6 * (period - 1))
        case .year:
            return Self.firstDay(ofFiscalYear: year, fiscalYearStart: fiscalYearStart)
        }
    }

    /// Returns the last day of the date, inclusive: a span that ends `2027-Q2` runs through the
    /// quarter's last day.
    public func end(fiscalYearStart: Int) -> CalendarDay {
        let first = start(fiscalYearStart: fiscalYearStart)
        switch precision {
        case .day: return first
        case .month: return first.lastOfMonth
        case .quarter: return first.firstOfMonth(addingMonths: 2).lastOfMonth
        case .half: return first.firstOfMonth(addingMonths: 5).lastOfMonth
        case .year: return first.firstOfMonth(addingMonths: 11).lastOfMonth
        }
    }

    /// Returns the first day of fiscal year `fiscalYear`. A fiscal year that does not start in
    /// January is named by the year it ends in, so with `fiscalYearStart` 4 FY2027 starts 2026-04-01.
    public static func firstDay(ofFiscalYear fiscalYear: Int, fiscalYearStart: Int) -> CalendarDay {
        precondition((1...12).contains(fiscalYearStart), "fiscal_year_start must be a month number from 1 to 12")
        return CalendarDay(unchecked: fiscalYearStart == 1 ? fiscalYear : fiscalYear - 1, fiscalYearStart, 1)
    }

    /// Returns the fiscal year that contains `day`.
    public static func fiscalYear(of day: CalendarDay, fiscalYearStart: Int) -> Int {
        precondition((1...12).contains(fiscalYearStart), "fiscal_year_start must be a month number from 1 to 12")
        if fiscalYearStart == 1 {
            return day.year
        }
        return day.month >= fiscalYearStart ? day.year + 1 : day.year
    }

    /// Returns the fiscal year and fiscal quarter (1–4) that contain `day`.
    public static func fiscalQuarter(of day: CalendarDay, fiscalYearStart: Int) -> (year: Int, quarter: Int) {
        let year = fiscalYear(of: day, fiscalYearStart: fiscalYearStart)
        return (year, monthsIntoFiscalYear(day, fiscalYearStart: fiscalYearStart) / 3 + 1)
    }

    /// Returns the fiscal year and fiscal half (1 or 2) that contain `day`.
    public static func fiscalHalf(of day: CalendarDay, fiscalYearStart: Int) -> (year: Int, half: Int) {
        let year = fiscalYear(of: day, fiscalYearStart: fiscalYearStart)
        return (year, monthsIntoFiscalYear(day, fiscalYearStart: fiscalYearStart) / 6 + 1)
    }

    /// Returns the date at `precision` that contains this one, for pages that must not show exact
    /// dates: a day or a month becomes its fiscal quarter when `precision` is `.quarter`.
    /// A date already as coarse as `precision`, or coarser, is returned unchanged.
    public func coarsened(to precision: Precision, fiscalYearStart: Int) -> RoadmapDate {
        guard self.precision < precision else { return self }
        let first = start(fiscalYearStart: fiscalYearStart)
        switch precision {
        case .day:
            return self
        case .month:
            return .month(year: first.year, month: first.month) ?? self
        case .quarter:
            let (year, quarter) = Self.fiscalQuarter(of: first, fiscalYearStart: fiscalYearStart)
            return .quarter(year: year, quarter: quarter) ?? self
        case .half:
            let (year, half) = Self.fiscalHalf(of: first, fiscalYearStart: fiscalYearStart)
            return .half(year: year, half: half) ?? self
        case .year:
            return .fiscalYear(Self.fiscalYear(of: first, fiscalYearStart: fiscalYearStart))
        }
    }

    /// Months from the start of the day's fiscal year to the day's month, 0–11.
    private static func monthsIntoFiscalYear(_ day: CalendarDay, fiscalYearStart: Int) -> Int {
        (day.month - fiscalYearStart + 12) % 12
    }
}
