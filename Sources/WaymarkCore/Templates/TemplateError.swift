/// A parse error in a template, with its place in the source and a message in both languages.
public struct TemplateError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `{{#name}}` or `{{^name}}` has no `{{/name}}` before the end of the template.
        case unclosedSection(name: String)
        /// `{{/found}}` closes a section opened as `{{#expected}}` or `{{^expected}}`.
        case mismatchedClosingTag(expected: String, found: String)
        /// `{{/name}}` appears with no section open.
        case unopenedClosingTag(name: String)
        /// An opening delimiter has no closing delimiter after it.
        case unclosedTag
        /// `{{=open close=}}` does not give exactly two delimiters free of whitespace and `=`.
        case invalidDelimiters(content: String)
        /// A tag name is empty, has a space in it, or has an empty part between dots.
        case invalidName(name: String)
    }

    public let kind: Kind
    /// The start of the offending tag. Its `file` is the template's name.
    public let location: SourceLocation
    public let message: LocalizedText

    public var templateName: String { location.file }
    public var line: Int { location.line }
    public var column: Int { location.column }

    init(_ kind: Kind, at location: SourceLocation, message: LocalizedText) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    /// The error as a build diagnostic, so it is reported with the content errors.
    public var diagnostic: Diagnostic {
        Diagnostic(.error, at: location, problem: message)
    }
}
