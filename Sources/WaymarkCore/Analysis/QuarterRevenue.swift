/// Won amount in one fiscal quarter, by the deals' close dates.
public struct QuarterRevenue: Sendable, Hashable, Comparable {
    public var year: Int
    public var quarter: Int
    /// In the reporting currency.
    public var amount: Double

    public static func < (lhs: QuarterRevenue, rhs: QuarterRevenue) -> Bool {
        (lhs.year, lhs.quarter) < (rhs.year, rhs.quarter)
    }
}
