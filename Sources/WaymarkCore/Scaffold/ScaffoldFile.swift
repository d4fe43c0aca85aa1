/// One file that `waymark init` writes, with its path relative to the site folder.
public struct ScaffoldFile: Sendable, Hashable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
