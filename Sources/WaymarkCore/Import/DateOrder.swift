/// The order of day and month in a date with the year last, such as `03/04/2027`.
public enum DateOrder: String, Sendable, CaseIterable {
    /// Month first, `03/15/2027`, as US exports write.
    case mdy
    /// Day first, `15/03/2027`, as most other locales write.
    case dmy
}
