/// One entry of a YAML mapping. Keys are always scalars because Waymark has no use for complex keys.
public struct YAMLPair: Hashable, Sendable {
    public var key: String
    public var keyMark: YAMLMark
    public var value: YAMLNode

    public init(key: String, keyMark: YAMLMark, value: YAMLNode) {
        self.key = key
        self.keyMark = keyMark
        self.value = value
    }
}
