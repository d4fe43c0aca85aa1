/// The outcome of the preview server's latest build, read by every request.
struct BuildState: Sendable {
    /// Counts builds, failed ones included, so an open page reloads to show a new error too.
    var version = 0
    /// Errors of the latest build; empty when it succeeded.
    var errors: [Diagnostic] = []
    var itemCount = 0
}
