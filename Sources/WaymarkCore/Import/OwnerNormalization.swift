/// The rule that turns an owner or manager value from the CRM into a rep id.
public enum OwnerNormalization: String, Sendable, CaseIterable {
    /// Slug of the value: "Moses Frase" → `moses-frase`, the id a rep import gives that name.
    case slug
    /// Slug of an e-mail's local part: "dwight.schrute@example.com" → `dwight-schrute`.
    case emailLocalPart

    /// Returns the rep id for `value`. A name without ASCII letters, such as 张三, gets the stable
    /// `item-<hash>` id from `Slug.ascii(_:fallback:)`, which is also the id a rep import gives it.
    public func repID(for value: String) -> String {
        switch self {
        case .slug:
            return Slug.make(value, fallback: value)
        case .emailLocalPart:
            let local = value.split(separator: "@", maxSplits: 1).first.map(String.init) ?? value
            return Slug.make(local, fallback: value)
        }
    }
}
