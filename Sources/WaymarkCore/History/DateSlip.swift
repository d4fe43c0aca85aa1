/// One date of one item that moved in the committed history: a feature's start or end, or a
/// deal's close.
struct DateSlip: Sendable, Hashable {
    enum Field: String, Sendable, Hashable, CaseIterable {
        case start
        case end
        case close
    }

    var kind: ItemKind
    var id: String
    /// The title in the newest committed version.
    var title: String
    var field: Field
    /// How many commits changed the date to a different day.
    var moves: Int
    var first: RoadmapDate
    var latest: RoadmapDate
    /// Days from the first promised day to the latest; negative when the date moved earlier.
    var slipDays: Int
    /// The commit day of the last move.
    var lastMoved: CalendarDay
}
