/// A position in YAML text; `line` and `column` count from 1, columns in Unicode scalars as libyaml counts them.
public struct YAMLMark: Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
