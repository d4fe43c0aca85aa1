import Foundation

/// A money amount read from an export: an exact decimal value and, when the text named one,
/// an ISO 4217 currency code.
public struct Amount: Sendable, Equatable {
    public var value: Decimal
    public var currency: String?

    public init(value: Decimal, currency: String?) {
        self.value = value
        self.currency = currency
    }

    /// The value as YAML and JSON write numbers: `-1234.5`, no grouping, `.` as separator.
    public var plainValue: String {
        // Decimal's description never uses a locale, exponent or grouping.
        value.description
    }
}
