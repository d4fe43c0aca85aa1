/// Order of the swimlanes from top to bottom.
public enum TimelineLaneOrder: Hashable, Sendable {
    /// Lanes that have entries, sorted by Unicode scalar order of their names (not locale collation).
    case alphabetical
    /// The listed lanes first, in list order and drawn even when empty. Lanes with entries
    /// that the list omits follow in alphabetical order.
    case explicit([String])
}
