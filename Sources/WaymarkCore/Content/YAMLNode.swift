/// A YAML value as written. Scalars stay strings whatever they look like (`NO`, `1.20`, `2027-01`),
/// so each field's typed accessor decides how to read them; aliases are already replaced by the
/// node their anchor names.
public indirect enum YAMLNode: Hashable, Sendable {
    /// How a scalar was written, which decides whether `~` or an empty value means null.
    public enum ScalarStyle: Hashable, Sendable {
        case plain
        case singleQuoted
        case doubleQuoted
        case literal
        case folded

        public var isPlain: Bool { self == .plain }
    }

    case scalar(String, style: ScalarStyle, mark: YAMLMark)
    case sequence([YAMLNode], mark: YAMLMark)
    /// Entries in the order written; the parser rejects duplicate keys.
    case mapping([YAMLPair], mark: YAMLMark)

    /// The position of the node's first character (for a block collection, its first entry).
    public var mark: YAMLMark {
        switch self {
        case .scalar(_, _, let mark), .sequence(_, let mark), .mapping(_, let mark):
            return mark
        }
    }

    /// The scalar's text, or nil for a sequence or a mapping.
    public var string: String? {
        if case .scalar(let value, _, _) = self { return value }
        return nil
    }

    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style, _) = self { return style }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items, _) = self { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs, _) = self { return pairs }
        return nil
    }

    /// Whether the node is a plain scalar that the YAML core schema reads as null:
    /// empty, `~`, `null`, `Null` or `NULL`. A quoted `"null"` is a string.
    public var isNull: Bool {
        guard case .scalar(let value, .plain, _) = self else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(value)
    }

    /// The value stored under `key` when the node is a mapping; nil when the key is absent or the node is not a mapping.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key == key }?.value
    }

    /// The mapping entry for `key`, with the key's own mark, for diagnostics that point at the key.
    public func pair(_ key: String) -> YAMLPair? {
        mapping?.first { $0.key == key }
    }

    /// A short English and Chinese name of the node's kind, for messages such as "expected a list, found a mapping".
    public var kindName: LocalizedText {
        switch self {
        case .scalar: return LocalizedText(en: "a single value", zh: "单个值")
        case .sequence: return LocalizedText(en: "a list", zh: "列表")
        case .mapping: return LocalizedText(en: "a mapping", zh: "映射")
        }
    }
}
