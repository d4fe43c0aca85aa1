/// A content file cut into its YAML front matter and its Markdown body, with line numbers that
/// map positions in each part back to the file. Both parts use LF line endings.
public struct FrontMatter: Hashable, Sendable {
    /// The YAML between the `---` lines, or nil when the file does not start with a `---` line.
    /// Empty front matter (`---` directly followed by `---`) is an empty string.
    public var yaml: String?
    /// File line number of the YAML's first line.
    public var yamlFirstLine: Int
    public var body: String
    /// File line number of the body's first line.
    public var bodyFirstLine: Int

    public init(yaml: String?, yamlFirstLine: Int, body: String, bodyFirstLine: Int) {
        self.yaml = yaml
        self.yamlFirstLine = yamlFirstLine
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }

    /// Converts a mark inside `yaml` to a location in the file.
    public func location(of mark: YAMLMark, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + yamlFirstLine - 1, column: mark.column)
    }

    /// Parses the YAML, or returns nil when there is no front matter or it contains no value.
    /// Pass a thrown error's `diagnostic(file:firstLine:)` the `yamlFirstLine` to point at the file line.
    public func parseYAML() throws(YAMLError) -> YAMLNode? {
        guard let yaml else { return nil }
        return try YAMLParser.parse(yaml)
    }
}
