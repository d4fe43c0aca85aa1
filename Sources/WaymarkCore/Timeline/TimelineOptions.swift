/// Settings for one rendering of a timeline.
public struct TimelineOptions: Hashable, Sendable {
    public var unit: TimelineUnit
    /// Days shown, inclusive. Nil covers the entries and their milestones, widened to whole
    /// periods of `unit`.
    public var range: ClosedRange<CalendarDay>?
    /// Day of the today line, passed in so that output does not depend on the clock.
    /// The line is drawn only when the day lies inside the range.
    public var today: CalendarDay?
    /// Language of the axis labels.
    public var language: Language
    public var laneOrder: TimelineLaneOrder
    public var palette: TimelinePalette
    /// Width of the SVG in CSS pixels. Values below `minimumWidth` are raised to it.
    public var width: Int
    public var strings: TimelineStrings
    /// Prefix of the element ids, so that several timelines can share one page.
    public var idPrefix: String

    public static let minimumWidth = 320

    public init(
        unit: TimelineUnit = .month,
        range: ClosedRange<CalendarDay>? = nil,
        today: CalendarDay? = nil,
        language: Language,
        laneOrder: TimelineLaneOrder = .alphabetical,
        palette: TimelinePalette = .standard,
        width: Int = 960,
        strings: TimelineStrings,
        idPrefix: String = "wm-tl"
    ) {
        self.unit = unit
        self.range = range
        self.today = today
        self.language = language
        self.laneOrder = laneOrder
        self.palette = palette
        self.width = width
        self.strings = strings
        self.idPrefix = idPrefix
    }
}
