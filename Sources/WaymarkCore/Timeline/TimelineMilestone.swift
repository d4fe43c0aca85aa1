/// A named key date on a timeline entry, such as a demo, a negotiation or a signing.
public struct TimelineMilestone: Hashable, Sendable {
    public var name: String
    public var day: CalendarDay

    public init(name: String, day: CalendarDay) {
        self.name = name
        self.day = day
    }
}
