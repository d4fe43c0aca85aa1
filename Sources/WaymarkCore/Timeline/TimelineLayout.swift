/// Positions of everything the SVG draws, computed from the entries and options.
struct TimelineLayout {
    struct Lane {
        var name: String
        /// Name shortened to fit the lane label column.
        var displayName: String?
        var top: Double
        var height: Double
        var rowCount: Int
    }

    struct AxisPeriod {
        /// Left edge of the period's visible part, where a grid line is drawn.
        var x: Double
        var label: String?
        var labelX: Double
        var labelAnchor: TextAnchor
    }

    struct Label {
        var text: String
        var x: Double
        var isInside: Bool
    }

    struct KeyDate {
        var milestone: TimelineMilestone
        var centerX: Double
    }

    struct Item {
        var entry: TimelineEntry
        var laneIndex: Int
        var row: Int
        /// Top edge of the bar, or of the bar slot for a milestone entry.
        var barTop: Double
        /// Edges of a span's bar. For a milestone entry, both are the diamond's center.
        var barStart: Double
        var barEnd: Double
        var keyDates: [KeyDate]
        var label: Label?
        var color: String
        var href: String?
    }

    struct Today {
        var day: CalendarDay
        var x: Double
        var labelX: Double
        var labelAnchor: TextAnchor
    }

    struct LegendEntry {
        var colorKey: String
        /// Nil for the diamond symbol entry.
        var color: String?
        var text: String
        var x: Double
        var y: Double
    }

    enum TextAnchor: String {
        case start, middle, end
    }

    var width: Double
    var height: Double
    var plotLeft: Double
    var plotRight: Double
    var lanesTop: Double
    var lanesBottom: Double
    var lanes: [Lane]
    var periods: [AxisPeriod]
    /// Items in drawing order: by lane, then by left edge and id.
    var items: [Item]
    var today: Today?
    var legend: [LegendEntry]
    /// True when no entry falls inside the range, so the SVG shows the empty text.
    var isEmpty: Bool
}

extension TimelineLayout {
    /// Lays out `entries` within `range`. Entries must already have `end >= start`.
    init(entries: [TimelineEntry], range: ClosedRange<CalendarDay>, options: TimelineOptions) {
        let width = Double(max(options.width, TimelineOptions.minimumWidth))
        let firstDay = range.lowerBound
        let lastDay = range.upperBound

        let visible = entries.filter { entry in
            entry.isMilestone
                ? firstDay <= entry.start && entry.start <= lastDay
                : entry.start <= lastDay && entry.end >= firstDay
        }
        let laneNames = Self.orderLanes(visible.map(\.lane), order: options.laneOrder)

        let laneLabelWidth = Self.laneLabelColumnWidth(laneNames, totalWidth: width)
        let scale = TimelineScale(
            firstDay: firstDay,
            lastDay: lastDay,
            left: laneLabelWidth,
            right: width - TimelineMetrics.margin
        )

        self.width = width
        self.plotLeft = scale.left
        self.plotRight = scale.right
        self.lanesTop = TimelineMetrics.axisHeight
        self.periods = Self.layoutAxis(scale: scale, unit: options.unit, language: options.language)
        self.isEmpty = visible.isEmpty

        let colors = options.palette.colors(for: entries.map(\.colorKey))
        let placed = Self.layoutItems(
            visible,
            laneNames: laneNames,
            scale: scale,
            colors: colors,
            labelLimit: width - 2,
            top: TimelineMetrics.axisHeight
        )
        self.lanes = placed.lanes.map { lane in
            var lane = lane
            lane.displayName = TextWidth.truncate(
                lane.name,
                toFit: laneLabelWidth - 2 * TimelineMetrics.margin,
                fontSize: TimelineMetrics.fontSize
            )
            return lane
        }
        self.items = placed.items
        let emptyTextHeight = visible.isEmpty && laneNames.isEmpty ? TimelineMetrics.rowPitch : 0
        self.lanesBottom = (placed.lanes.last.map { $0.top + $0.height } ?? TimelineMetrics.axisHeight) + emptyTextHeight

        var bottom = lanesBottom
        if let today = options.today, scale.contains(today) {
            self.today = Self.layoutToday(today, label: options.strings.today, scale: scale, width: width)
            bottom += TimelineMetrics.footerHeight
        } else {
            self.today = nil
        }

        let legend = Self.layoutLegend(
            items: placed.items,
            milestoneText: options.strings.milestoneLegend,
            width: width,
            top: bottom + TimelineMetrics.legendTopGap
        )
        self.legend = legend
        if let lastRow = legend.map(\.y).max() {
            bottom = lastRow + TimelineMetrics.legendRowHeight / 2
        }
        self.height = (bottom + TimelineMetrics.margin).rounded(.up)
    }

    /// Lane names in display order, as `TimelineLaneOrder` describes.
    static func orderLanes(_ names: [String], order: TimelineLaneOrder) -> [String] {
        let present = Set(names)
        switch order {
        case .alphabetical:
            return present.sorted()
        case .explicit(let listed):
            var seen = Set<String>()
            var result: [String] = []
            for name in listed where seen.insert(name).inserted {
                result.append(name)
            }
            result += present.subtracting(seen).sorted()
            return result
        }
    }

    /// Width of the lane label column: the widest lane name plus margins, kept between
    /// `laneLabelMinimumWidth` and `laneLabelMaximumShare` of the total width.
    private static func laneLabelColumnWidth(_ names: [String], totalWidth: Double) -> Double {
        let widest = names.map { TextWidth.estimate($0, fontSize: TimelineMetrics.fontSize) }.max() ?? 0
        let wanted = (widest + 2 * TimelineMetrics.margin).rounded(.up)
        let maximum = (totalWidth * TimelineMetrics.laneLabelMaximumShare).rounded(.down)
        return min(max(wanted, TimelineMetrics.laneLabelMinimumWidth), maximum)
    }

    private static func layoutToday(_ day: CalendarDay, label: String, scale: TimelineScale, width: Double) -> Today {
        let x = scale.centerX(of: day)
        let halfLabel = TextWidth.estimate(label, fontSize: TimelineMetrics.fontSize) / 2
        if x - halfLabel < scale.left {
            return Today(day: day, x: x, labelX: x, labelAnchor: .start)
        }
        if x + halfLabel > width - 2 {
            return Today(day: day, x: x, labelX: x, labelAnchor: .end)
        }
        return Today(day: day, x: x, labelX: x, labelAnchor: .middle)
    }
}
