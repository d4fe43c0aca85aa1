/// Number formatting for SVG coordinates that ignores the locale.
enum DecimalFormat {
    /// Formats `value` with exactly one decimal, rounding halves away from zero: `12.0`, `-0.5`.
    /// Values that round to zero print as `0.0`, without a sign. Infinite, NaN and values of
    /// 1e15 or more print as `0.0` because no coordinate comes near them.
    static func oneDecimal(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "0.0" }
        let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
        let magnitude = tenths.magnitude
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
