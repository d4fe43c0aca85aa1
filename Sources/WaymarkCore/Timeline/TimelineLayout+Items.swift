extension TimelineLayout {
    /// Places the items lane by lane from `top` down and packs overlapping items of a lane into
    /// sub-rows, so the lane grows by one row pitch per sub-row. Labels go inside the bar when they fit,
    /// else right of the item up to the next item in the sub-row (or `labelLimit`), else they are
    /// truncated with "…" into the larger of those two spaces, else left out.
    static func layoutItems(
        _ entries: [TimelineEntry],
        laneNames: [String],
        scale: TimelineScale,
        colors: [String: String],
        labelLimit: Double,
        top: Double
    ) -> (lanes: [Lane], items: [Item]) {
        var entriesByLane: [String: [TimelineEntry]] = [:]
        for entry in entries {
            entriesByLane[entry.lane, default: []].append(entry)
        }

        var lanes: [Lane] = []
        var items: [Item] = []
        items.reserveCapacity(entries.count)
        var laneTop = top
        for (laneIndex, name) in laneNames.enumerated() {
            let laneItems = layoutLane(
                entriesByLane[name] ?? [],
                laneIndex: laneIndex,
                laneTop: laneTop,
                scale: scale,
                colors: colors,
                labelLimit: labelLimit
            )
            let height = 2 * TimelineMetrics.lanePadding + Double(max(laneItems.rowCount, 1)) * TimelineMetrics.rowPitch
            lanes.append(Lane(name: name, displayName: nil, top: laneTop, height: height, rowCount: laneItems.rowCount))
            items += laneItems.items
            laneTop += height
        }
        return (lanes, items)
    }

    private struct Candidate {
        var entry: TimelineEntry
        var inputIndex: Int
        var barStart: Double
        var barEnd: Double
        var keyDates: [KeyDate]
        var extent: SubRowPacker.Extent
    }

    private static func layoutLane(
        _ entries: [TimelineEntry],
        laneIndex: Int,
        laneTop: Double,
        scale: TimelineScale,
        colors: [String: String],
        labelLimit: Double
    ) -> (items: [Item], rowCount: Int) {
        var candidates = entries.enumerated().map { index, entry in
            measure(entry, inputIndex: index, scale: scale)
        }
        // Sorting by left edge keeps starts non-decreasing for the packer. The left edge follows the
        // start day unless a key date lies before the bar. Id and input order break ties.
        candidates.sort { lhs, rhs in
            if lhs.extent.start != rhs.extent.start { return lhs.extent.start < rhs.extent.start }
            if lhs.entry.start != rhs.entry.start { return lhs.entry.start < rhs.entry.start }
            if lhs.entry.id != rhs.entry.id { return lhs.entry.id < rhs.entry.id }
            return lhs.inputIndex < rhs.inputIndex
        }
        let packing = SubRowPacker.pack(candidates.map(\.extent), gap: TimelineMetrics.packingGap)

        // The right limit of each item's label: the start of the next item in its sub-row.
        var labelLimits = Array(repeating: labelLimit, count: candidates.count)
        var lastInRow: [Int?] = Array(repeating: nil, count: packing.rowCount)
        for (index, row) in packing.rows.enumerated() {
            if let previous = lastInRow[row] {
                labelLimits[previous] = candidates[index].extent.start - TimelineMetrics.packingGap
            }
            lastInRow[row] = index
        }

        var items: [Item] = []
        items.reserveCapacity(candidates.count)
        for (index, candidate) in candidates.enumerated() {
            let row = packing.rows[index]
            let rowTop = laneTop + TimelineMetrics.lanePadding + Double(row) * TimelineMetrics.rowPitch
            items.append(Item(
                entry: candidate.entry,
                laneIndex: laneIndex,
                row: row,
                barTop: rowTop + TimelineMetrics.barInset,
                barStart: candidate.barStart,
                barEnd: candidate.barEnd,
                keyDates: candidate.keyDates,
                label: placeLabel(candidate, limit: labelLimits[index]),
                color: colors[candidate.entry.colorKey] ?? TimelinePalette.neutral,
                href: LinkPolicy.safeHref(candidate.entry.url)
            ))
        }
        return (items, packing.rowCount)
    }

    /// Computes the bar or diamond position and the extent that packing reserves, which covers
    /// the bar, the milestone diamond and the key-date diamonds inside the range.
    private static func measure(_ entry: TimelineEntry, inputIndex: Int, scale: TimelineScale) -> Candidate {
        let barStart: Double
        let barEnd: Double
        var extent: SubRowPacker.Extent
        if entry.isMilestone {
            let center = scale.centerX(of: entry.start)
            barStart = center
            barEnd = center
            extent = .init(start: center - TimelineMetrics.milestoneHalfSize, end: center + TimelineMetrics.milestoneHalfSize)
        } else {
            // Spans that reach outside the range are cut at its edges.
            barStart = scale.startX(of: max(entry.start, scale.firstDay))
            barEnd = max(scale.endX(of: min(entry.end, scale.lastDay)), barStart + TimelineMetrics.minimumBarWidth)
            extent = .init(start: barStart, end: barEnd)
        }

        var keyDates: [KeyDate] = []
        let sortedMilestones = entry.milestones.sorted { ($0.day, $0.name) < ($1.day, $1.name) }
        for milestone in sortedMilestones where scale.contains(milestone.day) {
            let center = scale.centerX(of: milestone.day)
            keyDates.append(KeyDate(milestone: milestone, centerX: center))
            extent.start = min(extent.start, center - TimelineMetrics.keyDateHalfSize)
            extent.end = max(extent.end, center + TimelineMetrics.keyDateHalfSize)
        }
        return Candidate(
            entry: entry, inputIndex: inputIndex, barStart: barStart, barEnd: barEnd, keyDates: keyDates, extent: extent
        )
    }

    private static func placeLabel(_ candidate: Candidate, limit: Double) -> Label? {
        let text = candidate.entry.label
        guard !text.isEmpty else { return nil }
        let fontSize = TimelineMetrics.fontSize
        let width = TextWidth.estimate(text, fontSize: fontSize)
        let insideX = candidate.barStart + TimelineMetrics.labelPadding
        let insideRoom = candidate.entry.isMilestone
            ? 0
            : candidate.barEnd - candidate.barStart - 2 * TimelineMetrics.labelPadding
        let outsideX = candidate.extent.end + TimelineMetrics.labelGap
        let outsideRoom = limit - outsideX

        if width <= insideRoom {
            return Label(text: text, x: insideX, isInside: true)
        }
        if width <= outsideRoom {
            return Label(text: text, x: outsideX, isInside: false)
        }
        if insideRoom >= outsideRoom, let shortened = TextWidth.truncate(text, toFit: insideRoom, fontSize: fontSize) {
            return Label(text: shortened, x: insideX, isInside: true)
        }
        if let shortened = TextWidth.truncate(text, toFit: outsideRoom, fontSize: fontSize) {
            return Label(text: shortened, x: outsideX, isInside: false)
        }
        return nil
    }
}
