/// Mapping from days to horizontal pixel positions, in which every day is a slot of equal width.
struct TimelineScale {
    let firstDay: CalendarDay
    let lastDay: CalendarDay
    let left: Double
    let right: Double

    var dayCount: Int { firstDay.days(until: lastDay) + 1 }

    var dayWidth: Double { (right - left) / Double(dayCount) }

    /// Left edge of `day`'s slot.
    func startX(of day: CalendarDay) -> Double {
        left + Double(firstDay.days(until: day)) * dayWidth
    }

    /// Right edge of `day`'s slot, where an inclusive span ending on `day` ends.
    func endX(of day: CalendarDay) -> Double {
        startX(of: day) + dayWidth
    }

    func centerX(of day: CalendarDay) -> Double {
        startX(of: day) + dayWidth / 2
    }

    func contains(_ day: CalendarDay) -> Bool {
        firstDay <= day && day <= lastDay
    }
}
