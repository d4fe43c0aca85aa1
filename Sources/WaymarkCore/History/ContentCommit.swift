/// One commit that changed a file under the site's `content/` folder.
struct ContentCommit: Sendable, Hashable {
    var hash: String
    /// The committer date in strict ISO 8601 with the committer's offset (`2026-03-01T10:00:00+08:00`),
    /// which is also the RFC 3339 form an Atom feed needs.
    var timestamp: String
    /// The calendar day of `timestamp` in the committer's own offset.
    var day: CalendarDay
}
