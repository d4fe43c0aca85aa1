extension PipelineAnalysis {
    /// Win rates of closed deals grouped by `key`; deals whose key is nil are left out.
    static func winRates(_ closed: [Deal], _ measures: DealMeasures, key: (Deal) -> String?) -> [WinRate] {
        var groups: [String: WinRate] = [:]
        for deal in closed {
            guard let group = key(deal) else { continue }
            var rate = groups[group] ?? WinRate(key: group, won: 0, lost: 0)
            if measures.isWon(deal) { rate.won += 1 } else { rate.lost += 1 }
            groups[group] = rate
        }
        return groups.values.sorted { $0.key < $1.key }
    }

    /// Median cycle lengths of won deals grouped by `key`; deals without both dates are left out.
    static func cycles(_ won: [Deal], _ measures: DealMeasures, key: (Deal) -> String?) -> [CycleLength] {
        var groups: [String: [Int]] = [:]
        for deal in won {
            guard let group = key(deal), let days = measures.cycleDays(deal) else { continue }
            groups[group, default: []].append(days)
        }
        return groups.keys.sorted().compactMap { group in
            guard let days = groups[group], let median = Median.of(days) else { return nil }
            return CycleLength(key: group, dealCount: days.count, medianDays: median)
        }
    }

    static func lossReasons(_ lost: [Deal]) -> [LossReason] {
        var counts: [String: Int] = [:]
        for deal in lost {
            guard let reason = deal.lostReason, !reason.isEmpty else { continue }
            counts[reason, default: 0] += 1
        }
        let reasons = counts.map { LossReason(reason: $0.key, count: $0.value) }
        return reasons.sorted { $0.count == $1.count ? $0.reason < $1.reason : $0.count > $1.count }
    }
}
