import Foundation

/// The modification time and size of every regular file under a folder, skipping hidden files
/// and folders as the loader does. Two equal stamps mean the file is taken as unchanged.
///
/// NOTE: an edit that keeps the size and lands within the file system's timestamp resolution
/// goes unnoticed; ext4 and most Linux file systems record nanoseconds.
struct SourceStamps: Sendable, Equatable {
    struct Stamp: Sendable, Equatable {
        var modified: Double
        var size: Int
    }

    /// Stamps by path relative to the folder, with `/` separators.
    var files: [String: Stamp] = [:]

    static func scan(_ folder: URL) -> SourceStamps {
        var stamps = SourceStamps()
        for entry in DirectoryWalker.regularFiles(under: folder.path) {
            stamps.files[entry.path] = Stamp(modified: entry.modified, size: entry.size)
        }
        return stamps
    }

    /// Paths added, removed or changed since `previous`.
    func changedPaths(since previous: SourceStamps) -> Set<String> {
        var changed = Set<String>()
        for (path, stamp) in files where previous.files[path] != stamp { changed.insert(path) }
        for path in previous.files.keys where files[path] == nil { changed.insert(path) }
        return changed
    }
}
