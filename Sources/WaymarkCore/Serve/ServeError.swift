/// A failure to start the preview server, with a message in the user's language.
public struct ServeError: Error, Sendable {
    public var message: String
}
