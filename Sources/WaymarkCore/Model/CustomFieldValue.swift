/// The value of a custom field declared in `roadmap.yml`, already checked against its type.
public enum CustomFieldValue: Sendable, Hashable {
    case text(String)
    case number(Double)
    case money(Money)
    case date(RoadmapDate)
    case choice(String)
    case choices([String])
    case person(String)

    /// The value as plain text, for tables, filters and the leak guard.
    public var plainText: String {
        switch self {
        case .text(let value), .choice(let value), .person(let value): return value
        case .number(let value): return NumberFormatting.plain(value)
        case .money(let money): return NumberFormatting.plain(money.amount) + " " + money.currency
        case .date(let date): return date.description
        case .choices(let values): return values.joined(separator: ", ")
        }
    }
}
