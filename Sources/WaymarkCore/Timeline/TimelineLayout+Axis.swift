extension TimelineLayout {
    /// One axis period per unit that overlaps the scale's days. When the widest label does not
    /// fit in the narrowest whole period, only every k-th period gets a label, with the
    /// smallest k that makes room. Grid lines stay on every period.
    static func layoutAxis(scale: TimelineScale, unit: TimelineUnit, language: Language) -> [AxisPeriod] {
        struct Segment {
            var x0: Double
            var x1: Double
            var isWhole: Bool
            var label: String
        }

        var segments: [Segment] = []
        var periodStart = unit.periodStart(containing: scale.firstDay)
        while periodStart <= scale.lastDay {
            let nextStart = unit.nextPeriodStart(after: periodStart)
            let visibleStart = max(periodStart, scale.firstDay)
            let visibleEnd = min(nextStart.adding(days: -1), scale.lastDay)
            segments.append(Segment(
                x0: scale.startX(of: visibleStart),
                x1: scale.endX(of: visibleEnd),
                isWhole: visibleStart == periodStart && visibleEnd == nextStart.adding(days: -1),
                label: unit.label(forPeriodStarting: periodStart, language: language)
            ))
            periodStart = nextStart
        }

        let padding = 8.0
        let labelWidths = segments.map { TextWidth.estimate($0.label, fontSize: TimelineMetrics.fontSize) }
        let widest = (labelWidths.max() ?? 0) + padding
        let wholeWidths = segments.filter(\.isWhole).map { $0.x1 - $0.x0 }
        let narrowest = wholeWidths.min() ?? segments.map { $0.x1 - $0.x0 }.max() ?? 1
        let step = narrowest >= widest ? 1 : Int((widest / max(narrowest, 0.1)).rounded(.up))

        var periods: [AxisPeriod] = []
        for (index, segment) in segments.enumerated() {
            var period = AxisPeriod(x: segment.x0, label: nil, labelX: segment.x0, labelAnchor: .start)
            if index % step == 0 {
                let roomEnd = index + step < segments.count ? segments[index + step].x0 : scale.right
                let room = step == 1 ? segment.x1 - segment.x0 : roomEnd - segment.x0
                if labelWidths[index] + padding <= room {
                    period.label = segment.label
                    if step == 1 {
                        period.labelX = (segment.x0 + segment.x1) / 2
                        period.labelAnchor = .middle
                    } else {
                        period.labelX = segment.x0 + padding / 2
                    }
                }
            }
            periods.append(period)
        }
        return periods
    }
}
