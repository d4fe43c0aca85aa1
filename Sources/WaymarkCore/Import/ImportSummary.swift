/// The counts and diagnostics of an import, or of what a dry run would do.
public struct ImportSummary: Sendable {
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    /// Rows rejected; each has at least one error in `diagnostics`.
    public var rejected = 0
    /// Rejected rows' errors and warnings about existing content, in source order.
    public var diagnostics: [Diagnostic] = []

    public init() {}
}
