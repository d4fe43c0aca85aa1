/// A text that is not a valid roadmap date, with the reason in both languages.
public struct RoadmapDateError: Error, Hashable, Sendable {
    /// The text as written.
    public var text: String
    public var problem: LocalizedText
    public var expected: LocalizedText?

    public init(text: String, problem: LocalizedText, expected: LocalizedText? = nil) {
        self.text = text
        self.problem = problem
        self.expected = expected
    }

    /// Converts the error to a diagnostic for `field` at `location`.
    public func diagnostic(at location: SourceLocation?, field: String?) -> Diagnostic {
        Diagnostic(at: location, field: field, problem: problem, expected: expected)
    }
}
