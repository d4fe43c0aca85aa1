/// "Did you mean" suggestions for unknown ids and values.
enum Suggestions {
    /// The candidates closest to `value` by edit distance, at most `limit`, within a distance that
    /// grows with the length of the value so that short ids are not matched to anything.
    static func closest(to value: String, among candidates: [String], limit: Int = 3) -> [String] {
        let maximum = max(2, value.count / 3)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let distance = editDistance(value, candidate)
            let contains = candidate.contains(value) || value.contains(candidate)
            guard distance <= maximum || contains else { return nil }
            return (candidate, contains ? min(distance, maximum) : distance)
        }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    /// Edit distance over Unicode characters in which swapping two neighbours counts as one edit
    /// (optimal string alignment), so the typo `stauts` is closer to `status` than to `start`.
    static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left)
        let b = Array(right)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
