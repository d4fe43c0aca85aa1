import Foundation

/// Reads a site's `ContentHistory` from git: `git log` lists the commits that changed
/// `content/` and the files each one touched, and `git cat-file --batch` returns every version of
/// those files from one process.
///
/// The log follows the first parent and shows each merge as one change against it, so a branch
/// merged through a pull request counts as one move, dated when it landed.
public enum ContentHistoryReader {
    /// Separators that cannot occur in a hash or a date: ASCII record and unit separators.
    private static let recordSeparator: Character = "\u{1E}"
    private static let unitSeparator: Character = "\u{1F}"

    public static func read(site: URL) -> ContentHistory {
        guard let git = GitCommand.locate() else { return .unavailable(.gitMissing) }
        do {
            return try read(site: site, git: git)
        } catch let reason as ContentHistory.Unavailable {
            return .unavailable(reason)
        } catch {
            return .unavailable(.failed(String(describing: error)))
        }
    }

    static func read(site: URL, git: GitCommand) throws -> ContentHistory {
        let folder = site.standardizedFileURL.path
        let prefix = try repositoryPrefix(folder: folder, git: git)
        let log = try git.run([
            "-C", folder, "log", "--first-parent", "--diff-merges=first-parent", "--topo-order", "--reverse",
            "--no-renames", "--name-status", "--format=\(recordSeparator)%H\(unitSeparator)%cI", "--", "content/",
        ])
        guard log.status == 0 else {
            // A repository without commits has no history yet, which is not an error.
            if log.standardError.contains("does not have any commits") { return ContentHistory() }
            throw ContentHistory.Unavailable.failed(log.standardError)
        }
        var history = ContentHistory()
        var changes: [(commitIndex: Int, repositoryPath: String, deleted: Bool)] = []
        for record in String(decoding: log.standardOutput, as: UTF8.self).split(separator: recordSeparator) {
            guard let parsed = parseRecord(record, prefix: prefix) else { continue }
            history.commits.append(parsed.commit)
            for change in parsed.changes {
                changes.append((history.commits.count - 1, change.path, change.deleted))
            }
        }
        let contents = try blobs(
            changes.filter { !$0.deleted }.map { history.commits[$0.commitIndex].hash + ":" + $0.repositoryPath },
            folder: folder, git: git
        )
        var next = 0
        for change in changes {
            let sitePath = String(change.repositoryPath.dropFirst(prefix.count))
            var snapshot: ItemSnapshot?
            if !change.deleted {
                snapshot = contents[next].flatMap { ItemSnapshot.read($0, sitePath: sitePath) }
                next += 1
            }
            history.versions.append(ContentHistory.Version(commitIndex: change.commitIndex, path: sitePath, snapshot: snapshot))
        }
        return history
    }

    /// The site folder's path inside the repository (`sites/demo/`, or empty at the top).
    private static func repositoryPrefix(folder: String, git: GitCommand) throws -> String {
        let output = try git.run(["-C", folder, "rev-parse", "--show-prefix"])
        guard output.status == 0 else {
            if output.standardError.contains("not a git repository") { throw ContentHistory.Unavailable.notARepository }
            throw ContentHistory.Unavailable.failed(output.standardError)
        }
        return String(decoding: output.standardOutput, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    /// Parses one commit of the log: the header line, then `M<TAB>path` lines. Only Markdown
    /// files under the site's `content/` are kept.
    private static func parseRecord(_ record: Substring, prefix: String) -> (commit: ContentCommit, changes: [(path: String, deleted: Bool)])? {
        let lines = record.split(separator: "\n")
        guard let header = lines.first else { return nil }
        let fields = header.split(separator: unitSeparator)
        guard fields.count == 2, let day = calendarDay(of: fields[1]) else { return nil }
        let commit = ContentCommit(hash: String(fields[0]), timestamp: String(fields[1]), day: day)
        var changes: [(path: String, deleted: Bool)] = []
        for line in lines.dropFirst() {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, let status = parts[0].first else { continue }
            let path = String(parts[1])
            guard path.hasPrefix(prefix + "content/"), path.hasSuffix(".md") else { continue }
            changes.append((path, status == "D"))
        }
        return (commit, changes)
    }

    /// The calendar day of a strict ISO 8601 timestamp, in the offset it was written with.
    private static func calendarDay(of timestamp: Substring) -> CalendarDay? {
        guard timestamp.count >= 10 else { return nil }
        return (try? RoadmapDate(parsing: String(timestamp.prefix(10))))?.calendarDay
    }

    /// The contents of `objects` (`COMMIT:path` names), in order; nil for a name git cannot find.
    private static func blobs(_ objects: [String], folder: String, git: GitCommand) throws -> [Data?] {
        guard !objects.isEmpty else { return [] }
        let requestFile = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-history-\(UUID().uuidString)")
        try Data((objects.joined(separator: "\n") + "\n").utf8).write(to: requestFile)
        defer { try? FileManager.default.removeItem(at: requestFile) }
        let output = try git.run(["-C", folder, "cat-file", "--batch"], input: requestFile)
        guard output.status == 0 else { throw ContentHistory.Unavailable.failed(output.standardError) }
        return BatchOutputParser.parse(output.standardOutput, count: objects.count)
    }
}
