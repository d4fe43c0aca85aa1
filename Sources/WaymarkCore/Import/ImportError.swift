/// A fatal import problem: nothing is written when one is thrown. Rejected rows are not fatal
/// and travel in `ImportSummary.diagnostics` instead.
public struct ImportError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }
}
