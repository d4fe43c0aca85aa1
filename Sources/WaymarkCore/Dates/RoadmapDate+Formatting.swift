extension RoadmapDate {
    static let englishMonthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    static let englishMonthAbbreviations = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// Formats the date for a page: `15 Mar 2027`, `Mar 2027`, `Q1 2027`, `H1 2027`, `2027` in
    /// English, `2027年3月15日`, `2027年3月`, `2027年第1季度`, `2027年上半年`, `2027年` in Chinese.
    /// When the fiscal year does not start in January, quarters, halves and years name the fiscal
    /// year: `FY2027 Q1` and `2027财年第1季度`.
    public func formatted(_ language: Language, fiscalYearStart: Int) -> String {
        switch language {
        case .en: return englishText(fiscal: fiscalYearStart != 1)
        case .zhCN: return chineseText(fiscal: fiscalYearStart != 1)
        }
    }

    private func englishText(fiscal: Bool) -> String {
        switch precision {
        case .day: return "\(dayOfMonth) \(Self.englishMonthAbbreviations[period - 1]) \(year)"
        case .month: return "\(Self.englishMonthAbbreviations[period - 1]) \(year)"
        case .quarter: return fiscal ? "FY\(year) Q\(period)" : "Q\(period) \(year)"
        case .half: return fiscal ? "FY\(year) H\(period)" : "H\(period) \(year)"
        case .year: return fiscal ? "FY\(year)" : "\(year)"
        }
    }

    private func chineseText(fiscal: Bool) -> String {
        let yearText = fiscal ? "\(year)财年" : "\(year)年"
        switch precision {
        case .day: return "\(year)年\(period)月\(dayOfMonth)日"
        case .month: return "\(year)年\(period)月"
        case .quarter: return "\(yearText)第\(period)季度"
        case .half: return yearText + (period == 1 ? "上半年" : "下半年")
        case .year: return yearText
        }
    }
}
