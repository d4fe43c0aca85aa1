/// The period that one tick of the time axis covers.
public enum TimelineUnit: Hashable, Sendable {
    case month
    case quarter
    /// Quarters of a fiscal year that begins on the first day of `startMonth`, from 1 to 12.
    /// Other values wrap modulo 12. When `startMonth` is not 1, the fiscal year is named
    /// by the calendar year it ends in, so with `startMonth: 4` FY2027 runs from
    /// 2026-04-01 to 2027-03-31.
    case fiscalQuarter(startMonth: Int)
    case year

    private var monthsPerPeriod: Int {
        switch self {
        case .month: return 1
        case .quarter, .fiscalQuarter: return 3
        case .year: return 12
        }
    }

    /// Zero-based calendar month in which the fiscal year starts.
    private var fiscalStartMonthIndex: Int {
        switch self {
        case .fiscalQuarter(let startMonth): return Self.floorModulo(startMonth - 1, 12)
        case .month, .quarter, .year: return 0
        }
    }

    /// First day of the period that contains `day`.
    func periodStart(containing day: CalendarDay) -> CalendarDay {
        let monthIndex = day.year * 12 + (day.month - 1)
        let shift = fiscalStartMonthIndex
        let startIndex = Self.floorDivide(monthIndex - shift, monthsPerPeriod) * monthsPerPeriod + shift
        // Month index 0 is January of year 0, so this day's month lies `startIndex` months later.
        return CalendarDay(unchecked: 0, 1, 1).firstOfMonth(addingMonths: startIndex)
    }

    /// First day of the period after the one that starts on `periodStart`.
    func nextPeriodStart(after periodStart: CalendarDay) -> CalendarDay {
        periodStart.firstOfMonth(addingMonths: monthsPerPeriod)
    }

    /// Axis label of the period that starts on `periodStart`, such as "2027年第1季度" or "Q1 2027".
    func label(forPeriodStarting periodStart: CalendarDay, language: Language) -> String {
        let year = periodStart.year
        let month = periodStart.month
        switch self {
        case .month:
            switch language {
            case .zhCN: return "\(year)年\(month)月"
            case .en: return "\(Self.englishMonthAbbreviations[month - 1]) \(year)"
            }
        case .quarter:
            let quarter = (month - 1) / 3 + 1
            switch language {
            case .zhCN: return "\(year)年第\(quarter)季度"
            case .en: return "Q\(quarter) \(year)"
            }
        case .fiscalQuarter:
            let startIndex = fiscalStartMonthIndex
            let monthsIntoFiscalYear = Self.floorModulo((month - 1) - startIndex, 12)
            let quarter = monthsIntoFiscalYear / 3 + 1
            let fiscalYear = startIndex == 0 || month - 1 < startIndex ? year : year + 1
            switch language {
            case .zhCN: return "\(fiscalYear)财年第\(quarter)季度"
            case .en: return "FY\(fiscalYear) Q\(quarter)"
            }
        case .year:
            switch language {
            case .zhCN: return "\(year)年"
            case .en: return "\(year)"
            }
        }
    }

    private static let englishMonthAbbreviations = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }

    private static func floorModulo(_ a: Int, _ b: Int) -> Int {
        a - floorDivide(a, b) * b
    }
}
