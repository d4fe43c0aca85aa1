/// Data that a Mustache template renders: the JSON data model, with integers kept apart from
/// decimals so that `85` renders as "85".
public indirect enum TemplateValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// Whether a section `{{#name}}` renders its content, and an inverted section `{{^name}}` skips it.
    ///
    /// `null`, `false`, the empty list and the empty string are falsy. Everything else is truthy,
    /// including `0` and the empty object. The Mustache spec fixes only the first three, and the
    /// empty string is falsy so that `{{#note}}` hides a blank field.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .list(let items): !items.isEmpty
        case .string(let text): !text.isEmpty
        case .int, .double, .object: true
        }
    }

    /// The text that `{{name}}` inserts before HTML escaping.
    ///
    /// A decimal with no fractional part renders without one (`85.0` as "85"), others in the
    /// shortest form that reads back as the same `Double` (`1.210` as "1.21").
    /// `null`, lists and objects render as the empty string.
    public var interpolatedText: String {
        switch self {
        case .null: ""
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .double(let value): Self.format(value)
        case .string(let text): text
        // NOTE: the spec does not define the text of lists and objects. Rendering nothing hides a
        // template that names a container where it meant a field.
        case .list, .object: ""
        }
    }

    private static func format(_ value: Double) -> String {
        // 2^53: above it not every integer is a Double, and `Int(value)` could overflow near 2^63.
        let exactIntegerLimit = 9_007_199_254_740_992.0
        // `Int(value)` truncates without libm, which this target does not link.
        if value.isFinite, abs(value) <= exactIntegerLimit, Double(Int(value)) == value {
            return String(Int(value))
        }
        return value.description
    }
}

extension TemplateValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) {
        self = .null
    }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self = .int(value)
    }
}

extension TemplateValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) {
        self = .double(value)
    }
}

extension TemplateValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: TemplateValue...) {
        self = .list(elements)
    }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// Builds an object; when a key repeats, the last value wins.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension TemplateValue {
    /// Converts a Swift value: `nil` becomes `null`, arrays become lists and dictionaries objects.
    public init(_ value: some TemplateValueConvertible) {
        self = value.templateValue
    }
}
