import Foundation

/// Detects changes to the sources of a site by comparing modification times and sizes.
///
/// Polling costs one directory walk per interval, but it needs no inotify wrapper, which would be
/// an outside package or a Linux-only C shim, and it sees edits made by any editor or by git.
struct SiteWatcher: Sendable {
    struct FileStamp: Equatable, Sendable {
        var modified: Double
        var size: Int
    }

    var site: URL

    /// The watched files (`roadmap.yml`, everything under `content/` and `Templates/`) with their stamps.
    func snapshot() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        let roadmap = site.appendingPathComponent("roadmap.yml")
        if let stamp = Self.stamp(of: roadmap) { stamps["roadmap.yml"] = stamp }
        for folder in ["content", "Templates"] {
            let root = site.appendingPathComponent(folder)
            guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey]) else { continue }
            for case let url as URL in enumerator {
                guard let stamp = Self.stamp(of: url) else { continue }
                stamps[folder + "/" + url.path.dropFirst(root.path.count)] = stamp
            }
        }
        return stamps
    }

    private static func stamp(of url: URL) -> FileStamp? {
        guard let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey]),
              let modified = values.contentModificationDate else { return nil }
        return FileStamp(modified: modified.timeIntervalSince1970, size: values.fileSize ?? 0)
    }
}
