/// The two sites a build writes, never mixed.
public enum Audience: String, Sendable, Hashable, CaseIterable {
    /// The market-friendly site for customers and prospects.
    case `public`
    /// The site for the sales team, hosted behind the company's sign-in.
    case `internal`
}
