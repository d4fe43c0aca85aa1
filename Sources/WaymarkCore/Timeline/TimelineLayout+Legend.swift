extension TimelineLayout {
    /// Legend entries for the colour keys of the drawn items, sorted by key, then a diamond entry
    /// when a milestone or key date is drawn and `milestoneText` is not empty. Entries flow left to
    /// right and wrap at the width. `y` is the vertical center of the entry's row.
    static func layoutLegend(items: [Item], milestoneText: String, width: Double, top: Double) -> [LegendEntry] {
        var labels: [String: (label: String, color: String)] = [:]
        var hasDiamonds = false
        for item in items {
            if labels[item.entry.colorKey] == nil {
                labels[item.entry.colorKey] = (item.entry.colorLabel, item.color)
            }
            if item.entry.isMilestone || !item.keyDates.isEmpty {
                hasDiamonds = true
            }
        }

        var pending: [(key: String, color: String?, text: String)] = labels.keys.sorted().compactMap { key in
            labels[key].map { (key, $0.color, $0.label) }
        }
        if hasDiamonds && !milestoneText.isEmpty {
            pending.append(("", nil, milestoneText))
        }

        var entries: [LegendEntry] = []
        var x = TimelineMetrics.margin
        var y = top + TimelineMetrics.legendRowHeight / 2
        for item in pending {
            let textWidth = TextWidth.estimate(item.text, fontSize: TimelineMetrics.fontSize)
            let itemWidth = TimelineMetrics.legendSwatchSize + 6 + textWidth
            if x > TimelineMetrics.margin && x + itemWidth > width - TimelineMetrics.margin {
                x = TimelineMetrics.margin
                y += TimelineMetrics.legendRowHeight
            }
            entries.append(LegendEntry(colorKey: item.key, color: item.color, text: item.text, x: x, y: y))
            x += itemWidth + TimelineMetrics.legendItemSpacing
        }
        return entries
    }
}
