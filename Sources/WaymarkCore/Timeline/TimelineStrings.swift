/// The user-facing texts of a timeline, already translated by the caller.
public struct TimelineStrings: Hashable, Sendable {
    /// Accessible name of the SVG (`<title>`).
    public var title: String
    /// Accessible description of the SVG (`<desc>`).
    public var description: String
    public var tableCaption: String
    public var laneHeader: String
    public var itemHeader: String
    public var startHeader: String
    public var endHeader: String
    /// Header of the column that shows each entry's `colorLabel`, such as "Stage".
    public var colorHeader: String
    public var milestonesHeader: String
    /// Headers of `TimelineEntry.extraColumns`. Their count sets how many extra columns the table has.
    public var extraColumnHeaders: [String]
    /// Label of the today line.
    public var today: String
    /// Legend text for the diamond symbol. An empty string leaves the symbol out of the legend.
    public var milestoneLegend: String
    /// Text shown when nothing falls inside the time range.
    public var empty: String

    public init(
        title: String,
        description: String,
        tableCaption: String,
        laneHeader: String,
        itemHeader: String,
        startHeader: String,
        endHeader: String,
        colorHeader: String,
        milestonesHeader: String,
        extraColumnHeaders: [String] = [],
        today: String,
        milestoneLegend: String,
        empty: String
    ) {
        self.title = title
        self.description = description
        self.tableCaption = tableCaption
        self.laneHeader = laneHeader
        self.itemHeader = itemHeader
        self.startHeader = startHeader
        self.endHeader = endHeader
        self.colorHeader = colorHeader
        self.milestonesHeader = milestonesHeader
        self.extraColumnHeaders = extraColumnHeaders
        self.today = today
        self.milestoneLegend = milestoneLegend
        self.empty = empty
    }
}
