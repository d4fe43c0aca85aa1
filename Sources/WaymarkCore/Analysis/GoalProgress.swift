/// How far the deals have brought one goal within its period.
public struct GoalProgress: Sendable, Hashable {
    public var goal: Goal
    /// The metric's value: reporting-currency amount for revenue and pipeline, a count otherwise.
    public var actual: Double

    /// actual / target, 0 when the target is not positive; may exceed 1.
    public var share: Double {
        goal.target > 0 ? actual / goal.target : 0
    }
}
