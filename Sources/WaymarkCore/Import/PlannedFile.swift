/// A file an import will write, with its full new contents.
public struct PlannedFile: Sendable, Equatable {
    public enum Action: String, Sendable {
        case create
        case update
    }

    /// Absolute path.
    public var path: String
    public var contents: String
    public var action: Action

    public init(path: String, contents: String, action: Action) {
        self.path = path
        self.contents = contents
        self.action = action
    }
}
