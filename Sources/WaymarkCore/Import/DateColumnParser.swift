import Foundation

/// Reads a date column: ISO `2027-03-15` (also `2027/03/15`), optionally followed by a time as in
/// `2027-03-15 10:00:00` or `2027-03-15T10:00:00Z`, and `MM/DD/YYYY` or `DD/MM/YYYY` with `/`,
/// `.` or `-` between the parts.
///
/// A time part is dropped and the calendar date kept as written. An instant such as
/// `2027-03-15T23:30:00-08:00` is not moved to another time zone.
///
/// The order of day and month is decided once per column, from all its values. A first part
/// above 12 means DMY, a second part above 12 means MDY, and both in one column is an error.
/// A column where no value decides is an error unless the caller names the order.
public struct DateColumnParser: Sendable {
    /// The order the caller named; nil decides it from the values.
    public var order: DateOrder?

    public init(order: DateOrder? = nil) {
        self.order = order
    }

    /// One value read on its own.
    enum Reading: Equatable {
        case empty
        case invalid
        case day(CalendarDay)
        /// Year last: the two leading numbers in the order written.
        case yearLast(first: Int, second: Int, year: Int)
    }

    /// The outcome for one column.
    public struct Column: Sendable {
        /// One entry per value: a day, or nil when the value is empty.
        public var days: [CalendarDay?]
        /// Indices of values that are not dates in the column's order.
        public var invalid: [Int]
        /// The order used for year-last values, if the column has any.
        public var order: DateOrder?
    }

    /// The reason a column as a whole cannot be read.
    public enum ColumnFailure: Error, Sendable, Equatable {
        /// No value decides between MDY and DMY; the indices of two ambiguous values.
        case ambiguous(example: Int)
        /// One value needs DMY and another MDY.
        case conflicting(dmyExample: Int, mdyExample: Int)
    }

    /// Reads all values of a column, deciding the day–month order once for all of them.
    public func parseColumn(_ values: [String]) throws(ColumnFailure) -> Column {
        let readings = values.map(DateColumnParser.read)
        var dmyExample: Int?
        var mdyExample: Int?
        var ambiguousExample: Int?
        for (index, reading) in readings.enumerated() {
            guard case .yearLast(let first, let second, _) = reading else { continue }
            if first > 12 && second <= 12 {
                dmyExample = dmyExample ?? index
            } else if second > 12 && first <= 12 {
                mdyExample = mdyExample ?? index
            } else if first != second {
                ambiguousExample = ambiguousExample ?? index
            }
        }

        var resolved = order
        if resolved == nil {
            switch (dmyExample, mdyExample) {
            case let (dmy?, mdy?):
                throw .conflicting(dmyExample: dmy, mdyExample: mdy)
            case (_?, nil):
                resolved = .dmy
            case (nil, _?):
                resolved = .mdy
            case (nil, nil):
                if let ambiguousExample {
                    throw .ambiguous(example: ambiguousExample)
                }
                // Only values such as 05/05/2027 remain, which read the same in both orders.
                resolved = readings.contains { if case .yearLast = $0 { true } else { false } } ? .mdy : nil
            }
        }

        var days: [CalendarDay?] = []
        var invalid: [Int] = []
        for (index, reading) in readings.enumerated() {
            switch reading {
            case .empty:
                days.append(nil)
            case .invalid:
                days.append(nil)
                invalid.append(index)
            case .day(let day):
                days.append(day)
            case .yearLast(let first, let second, let year):
                let (month, day) = resolved == .dmy ? (second, first) : (first, second)
                if let calendarDay = CalendarDay(year: year, month: month, day: day) {
                    days.append(calendarDay)
                } else {
                    days.append(nil)
                    invalid.append(index)
                }
            }
        }
        return Column(days: days, invalid: invalid, order: resolved)
    }

    static func read(_ raw: String) -> Reading {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .empty }

        // Split off a time part after "T" or a space; it must start with a digit.
        var datePart = Substring(text)
        if let cut = text.firstIndex(where: { $0 == "T" || $0 == " " }) {
            let time = text[text.index(after: cut)...].trimmingPrefix(while: \.isWhitespace)
            guard isPlausibleTime(time) else { return .invalid }
            datePart = text[..<cut]
        }

        let parts = datePart.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" || $0 == "." }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else {
            return .invalid
        }
        // The separators must match: "2027-03/15" is not a date.
        let separators = datePart.filter { $0 == "-" || $0 == "/" || $0 == "." }
        guard Set(separators).count == 1 else { return .invalid }

        if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 {
            guard let day = CalendarDay(year: a, month: b, day: c) else { return .invalid }
            return .day(day)
        }
        if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 {
            guard a >= 1, b >= 1, a <= 31, b <= 31 else { return .invalid }
            return .yearLast(first: a, second: b, year: c)
        }
        return .invalid
    }

    /// Accepts `10:00`, `10:00:00`, `10:00:00.123`, with `Z` or an offset, or `10:00 AM`.
    private static func isPlausibleTime(_ time: Substring) -> Bool {
        guard let first = time.first, first.isNumber else { return false }
        let allowed = Set("0123456789:.+-Z APMapm")
        return time.allSatisfy { allowed.contains($0) } && time.contains(":")
    }
}
