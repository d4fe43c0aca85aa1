/// Finds the dates that moved in the committed history: per feature its start and end, per deal
/// its close. A date moves when a commit changes the day it stands for (the first day for a
/// start, the last day for an end or a close), so rewriting `2027-Q1` as `2027-03-31` is not a
/// move. Versions without the date are skipped rather than counted as moves.
struct SlipReport: Sendable {
    let history: ContentHistory
    let fiscalYearStart: Int

    /// Returns the moved dates, the largest slip first, then by kind, id and field.
    func slips() -> [DateSlip] {
        var slips: [DateSlip] = []
        for (key, versions) in history.versionsByItem() {
            let snapshots = versions.compactMap { version in version.snapshot.map { (version.commitIndex, $0) } }
            for field in fields(of: key.kind) {
                if let slip = slip(of: field, in: snapshots, key: key) { slips.append(slip) }
            }
        }
        return slips.sorted { left, right in
            if left.slipDays != right.slipDays { return left.slipDays > right.slipDays }
            return (left.kind.rawValue, left.id, left.field.rawValue) < (right.kind.rawValue, right.id, right.field.rawValue)
        }
    }

    private func fields(of kind: ItemKind) -> [DateSlip.Field] {
        switch kind {
        case .feature: return [.start, .end]
        case .deal: return [.close]
        default: return []
        }
    }

    private func slip(of field: DateSlip.Field, in snapshots: [(Int, ItemSnapshot)], key: ContentHistory.ItemKey) -> DateSlip? {
        var first: (date: RoadmapDate, day: CalendarDay)?
        var latest: (date: RoadmapDate, day: CalendarDay)?
        var moves = 0
        var lastMovedCommit = 0
        for (commitIndex, snapshot) in snapshots {
            guard let date = value(of: field, in: snapshot) else { continue }
            let day = field == .start ? date.start(fiscalYearStart: fiscalYearStart) : date.end(fiscalYearStart: fiscalYearStart)
            if first == nil { first = (date, day) }
            if let previous = latest, previous.day != day {
                moves += 1
                lastMovedCommit = commitIndex
            }
            latest = (date, day)
        }
        guard moves > 0, let first, let latest, let newest = snapshots.last?.1 else { return nil }
        return DateSlip(
            kind: key.kind, id: key.id, title: newest.title, field: field, moves: moves,
            first: first.date, latest: latest.date, slipDays: latest.day.dayNumber - first.day.dayNumber,
            lastMoved: history.commits[lastMovedCommit].day
        )
    }

    private func value(of field: DateSlip.Field, in snapshot: ItemSnapshot) -> RoadmapDate? {
        switch field {
        case .start: return snapshot.start
        case .end: return snapshot.end
        case .close: return snapshot.close
        }
    }
}
