/// Fill colours for the colour keys, as CSS colour strings such as `#0072B2`.
public enum TimelinePalette: Hashable, Sendable {
    /// The distinct colour keys, sorted, take the colours in order, wrapping around.
    case sequence([String])
    /// Keys in the mapping take their colour, and the other keys, sorted, take the fallback
    /// colours in order, wrapping around.
    case mapping([String: String], fallback: [String])

    /// The Okabe–Ito colours (Okabe and Ito, "Color Universal Design", 2008), which stay
    /// distinguishable for the common forms of colour blindness.
    public static let okabeIto = [
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999",
    ]

    public static let standard = TimelinePalette.sequence(okabeIto)

    /// Colour used when a palette has no colours at all.
    static let neutral = "#999999"

    /// Assigns a colour to each of `keys`. The result does not depend on the order of `keys`.
    func colors(for keys: some Sequence<String>) -> [String: String] {
        let sortedKeys = Array(Set(keys)).sorted()
        var result: [String: String] = [:]
        switch self {
        case .sequence(let colors):
            for (index, key) in sortedKeys.enumerated() {
                result[key] = colors.isEmpty ? Self.neutral : colors[index % colors.count]
            }
        case .mapping(let mapping, let fallback):
            var fallbackIndex = 0
            for key in sortedKeys {
                if let color = mapping[key] {
                    result[key] = color
                } else {
                    result[key] = fallback.isEmpty ? Self.neutral : fallback[fallbackIndex % fallback.count]
                    fallbackIndex += 1
                }
            }
        }
        return result
    }
}
