import Testing
@testable import WaymarkCore

@Test func calendarDayRoundTrip() {
    for number in stride(from: -800_000, through: 800_000, by: 997) {
        #expect(CalendarDay(dayNumber: number).dayNumber == number)
    }
    #expect(CalendarDay(year: 1970, month: 1, day: 1)?.dayNumber == 0)
    #expect(CalendarDay(year: 2027, month: 2, day: 29) == nil)
    #expect(CalendarDay(year: 2028, month: 2, day: 29)?.adding(days: 1).description == "2028-03-01")
}

@Test func firstOfMonthCrossesYears() {
    let day = CalendarDay(year: 2027, month: 11, day: 15)!
    #expect(day.firstOfMonth(addingMonths: 3).description == "2028-02-01")
    #expect(day.firstOfMonth(addingMonths: -11).description == "2026-12-01")
}
