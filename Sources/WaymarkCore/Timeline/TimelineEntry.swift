/// One item on the timeline: a bar from `start` to `end` (both inclusive), or a single-day
/// milestone drawn as a diamond when `isMilestone` is set.
public struct TimelineEntry: Hashable, Sendable {
    /// Stable identifier, which breaks ties in sorting and appears as `data-id` in the SVG.
    public var id: String
    public var label: String
    /// Link target. The renderer drops URLs whose scheme is not http, https or mailto.
    public var url: String?
    /// Name of the swimlane the entry is drawn in.
    public var lane: String
    /// Key that picks the fill colour, such as a status or stage id.
    public var colorKey: String
    /// Display name of `colorKey`, shown in the legend and the table.
    public var colorLabel: String
    public var start: CalendarDay
    /// Last day of the span, inclusive. Entries whose end is before their start are not drawn.
    public var end: CalendarDay
    /// Draws a diamond at `start` instead of a bar, and the drawing then ignores `end`.
    public var isMilestone: Bool
    /// Key dates drawn as small diamonds on the bar's lower edge.
    public var milestones: [TimelineMilestone]
    /// Full text for the tooltip (`<title>`), or nil to use `label`.
    public var tooltip: String?
    /// Cells for the extra table columns, in the order of `TimelineStrings.extraColumnHeaders`.
    public var extraColumns: [String]
    /// Values the page's filter controls match against (`owner` → `li-na`), written as
    /// `data-f-<key>` attributes on the item and its table row. Several values are joined by `|`.
    public var filterValues: [String: String] = [:]

    public init(
        id: String,
        label: String,
        url: String? = nil,
        lane: String,
        colorKey: String,
        colorLabel: String,
        start: CalendarDay,
        end: CalendarDay,
        isMilestone: Bool = false,
        milestones: [TimelineMilestone] = [],
        tooltip: String? = nil,
        extraColumns: [String] = []
    ) {
        self.id = id
        self.label = label
        self.url = url
        self.lane = lane
        self.colorKey = colorKey
        self.colorLabel = colorLabel
        self.start = start
        self.end = end
        self.isMilestone = isMilestone
        self.milestones = milestones
        self.tooltip = tooltip
        self.extraColumns = extraColumns
    }

    /// Creates a single-day milestone entry.
    public static func milestone(
        id: String,
        label: String,
        url: String? = nil,
        lane: String,
        colorKey: String,
        colorLabel: String,
        day: CalendarDay,
        tooltip: String? = nil,
        extraColumns: [String] = []
    ) -> TimelineEntry {
        TimelineEntry(
            id: id, label: label, url: url, lane: lane, colorKey: colorKey, colorLabel: colorLabel,
            start: day, end: day, isMilestone: true, tooltip: tooltip, extraColumns: extraColumns
        )
    }

    /// Tooltip text, falling back to the label.
    var tooltipText: String { tooltip ?? label }
}
