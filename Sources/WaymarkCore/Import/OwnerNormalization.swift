/// How an owner or manager value from the CRM becomes a rep id.
public enum OwnerNormalization: String, Sendable, CaseIterable {
    /// Slug of the value: "Moses Frase" → `moses-frase`, the id a rep import gives that name.
    case slug
    /// Slug of an e-mail's local part: "dwight.schrute@example.com" → `dwight-schrute`.
    case emailLocalPart

    public func repID(for value: String) -> String {
        switch self {
        case .slug:
            return Slug.make(value)
        case .emailLocalPart:
            let local = value.split(separator: "@", maxSplits: 1).first.map(String.init) ?? value
            return Slug.make(local)
        }
    }
}
