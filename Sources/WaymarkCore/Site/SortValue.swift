/// One item's sort key in a view. Items without a date sort after the dated ones in either direction.
enum SortValue {
    case number(Double)
    case day(CalendarDay?)
    case text(String)

    /// Whether `self` comes before `other` in ascending order; nil when they are equal.
    private func precedes(_ other: SortValue) -> Bool? {
        switch (self, other) {
        case let (.number(left), .number(right)): return left == right ? nil : left < right
        case let (.text(left), .text(right)): return left == right ? nil : left < right
        case let (.day(left?), .day(right?)): return left == right ? nil : left < right
        default: return nil
        }
    }

    private var isMissing: Bool {
        if case .day(nil) = self { return true }
        return false
    }

    /// Sorts `items` by their keys, missing dates last, equal keys in `id` order.
    static func order<Item>(_ items: [(item: Item, key: SortValue)], descending: Bool, id: (Item) -> String) -> [Item] {
        let sorted = items.sorted { left, right in
            if left.key.isMissing != right.key.isMissing { return right.key.isMissing }
            if let before = left.key.precedes(right.key) { return before != descending }
            return id(left.item) < id(right.item)
        }
        return sorted.map(\.item)
    }
}
