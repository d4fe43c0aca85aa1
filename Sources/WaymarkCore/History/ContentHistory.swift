/// Every committed version of the site's item files, read from git, oldest commit first.
public struct ContentHistory: Sendable {
    /// Why the history could not be read, when it could not.
    public enum Unavailable: Error, Sendable, Hashable {
        /// The site folder is not inside a git work tree.
        case notARepository
        /// No `git` executable on `PATH`.
        case gitMissing
        /// git ran but failed; the message is git's own.
        case failed(String)
    }

    /// One version of one file: its fields, or nil when the commit deleted the file or the
    /// version cannot be read.
    struct Version: Sendable {
        var commitIndex: Int
        var path: String
        var snapshot: ItemSnapshot?
    }

    var commits: [ContentCommit] = []
    /// Versions in commit order, and within a commit in path order.
    var versions: [Version] = []
    public var unavailable: Unavailable?

    public static func unavailable(_ reason: Unavailable) -> ContentHistory {
        var history = ContentHistory()
        history.unavailable = reason
        return history
    }

    public var isAvailable: Bool { unavailable == nil }

    /// The newest commit that changed the content, which dates the feed.
    var newestCommit: ContentCommit? { commits.last }

    /// The versions of each item, by kind and id, in commit order. A deletion is attributed to
    /// the item that the deleted path held before, so a later re-creation continues the same list.
    func versionsByItem() -> [ItemKey: [(commitIndex: Int, snapshot: ItemSnapshot?)]] {
        var byItem: [ItemKey: [(commitIndex: Int, snapshot: ItemSnapshot?)]] = [:]
        var itemAtPath: [String: ItemKey] = [:]
        for version in versions {
            if let snapshot = version.snapshot {
                let key = ItemKey(kind: snapshot.kind, id: snapshot.id)
                itemAtPath[version.path] = key
                byItem[key, default: []].append((version.commitIndex, snapshot))
            } else if let key = itemAtPath[version.path] {
                byItem[key, default: []].append((version.commitIndex, nil))
            }
        }
        return byItem
    }

    struct ItemKey: Sendable, Hashable, Comparable {
        var kind: ItemKind
        var id: String

        static func < (lhs: ItemKey, rhs: ItemKey) -> Bool {
            (lhs.kind.rawValue, lhs.id) < (rhs.kind.rawValue, rhs.id)
        }
    }
}
