/// Renders roadmap entries as an SVG timeline with swimlanes and an accessible HTML table of the
/// same items. Output depends only on the arguments, so equal input gives byte-identical output.
public enum TimelineRenderer {
    /// Renders `entries` as SVG and as an HTML table.
    ///
    /// Entries whose `end` is before their `start` are skipped in both outputs: the content loader
    /// reports them as errors, so they should not arrive here. Entries outside the range are
    /// skipped too, and spans that reach past an edge of the range are cut at that edge.
    public static func render(_ entries: [TimelineEntry], options: TimelineOptions) -> (svg: String, table: String) {
        let drawable = entries.filter { $0.end >= $0.start }
        let range = options.range ?? defaultRange(of: drawable, unit: options.unit, today: options.today)
        guard let range else {
            // Nothing to place on an axis: no entries, no explicit range and no today.
            return (emptySVG(options: options), TimelineTableWriter.write([], options: options))
        }
        let layout = TimelineLayout(entries: drawable, range: range, options: options)
        return (
            TimelineSVGWriter.write(layout, options: options),
            TimelineTableWriter.write(layout.items, options: options)
        )
    }

    /// Returns the days from the first start to the last end or key date, widened to whole periods
    /// of `unit`. Without entries, returns the period that contains `today`, or nil without `today`.
    static func defaultRange(
        of entries: [TimelineEntry], unit: TimelineUnit, today: CalendarDay?
    ) -> ClosedRange<CalendarDay>? {
        var first: CalendarDay?
        var last: CalendarDay?
        for entry in entries {
            let entryEnd = entry.isMilestone ? entry.start : entry.end
            let days = [entry.start, entryEnd] + entry.milestones.map(\.day)
            for day in days {
                first = min(first ?? day, day)
                last = max(last ?? day, day)
            }
        }
        if first == nil, let today {
            first = today
            last = today
        }
        guard let first, let last else { return nil }
        let lastPeriodStart = unit.periodStart(containing: last)
        return unit.periodStart(containing: first)...unit.nextPeriodStart(after: lastPeriodStart).adding(days: -1)
    }

    private static func emptySVG(options: TimelineOptions) -> String {
        let prefix = XMLEscaping.escape(options.idPrefix)
        let width = DecimalFormat.oneDecimal(Double(max(options.width, TimelineOptions.minimumWidth)))
        let height = DecimalFormat.oneDecimal(TimelineMetrics.rowPitch + 2 * TimelineMetrics.margin)
        let baseline = DecimalFormat.oneDecimal(
            TimelineMetrics.margin + TimelineMetrics.rowPitch / 2 + TimelineMetrics.baselineOffset
        )
        return """
            <svg xmlns="http://www.w3.org/2000/svg" class="wm-tl" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)" role="img" aria-labelledby="\(prefix)-title \(prefix)-desc" \
            font-family="sans-serif" font-size="\(DecimalFormat.oneDecimal(TimelineMetrics.fontSize))">
            <title id="\(prefix)-title">\(XMLEscaping.escape(options.strings.title))</title>
            <desc id="\(prefix)-desc">\(XMLEscaping.escape(options.strings.description))</desc>
            <text class="wm-tl-empty" x="\(DecimalFormat.oneDecimal(TimelineMetrics.margin))" y="\(baseline)" \
            fill="\(TimelineMetrics.mutedTextColor)">\(XMLEscaping.escape(options.strings.empty))</text>
            </svg>

            """
    }
}
