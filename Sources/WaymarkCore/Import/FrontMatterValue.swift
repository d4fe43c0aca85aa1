/// A front matter value an import writes.
public enum FrontMatterValue: Sendable, Equatable {
    case string(String)
    /// A number already in plain YAML form, such as `1200.5`.
    case number(String)
    case strings([String])
}
