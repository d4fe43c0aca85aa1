import Foundation

extension CommandLineTool {
    /// `path` as a file URL, relative to the working directory unless it is absolute.
    func resolvePath(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
    }
}
