import Foundation

/// One output folder as the preview server last wrote it, kept in memory so that a rebuild
/// writes only the files whose bytes changed and deletes only the files that are gone.
struct OutputMirror: Sendable {
    let destination: URL
    /// Rendered bytes by output path; media copies by output path → source path.
    private(set) var pages: [String: [UInt8]] = [:]
    private(set) var copies: [String: String] = [:]
    /// False until the first full write, which goes through staging to clear stale files.
    private(set) var isPopulated = false

    init(destination: URL) {
        self.destination = destination
    }

    /// Writes `files`, and returns the number of files written. `changedSources` are site-relative
    /// paths of changed source files, so a media copy is redone when its source changed.
    mutating func write(_ files: [OutputFile], site: URL, changedSources: Set<String>) throws -> Int {
        guard isPopulated else { return try writeEverything(files, site: site) }
        var written = 0
        var seen = Set<String>()
        for file in files {
            seen.insert(file.path)
            switch file.content {
            case .bytes(let bytes):
                guard pages[file.path] != bytes else { continue }
                try store(bytes, at: file.path)
                pages[file.path] = bytes
                copies[file.path] = nil
            case .copy(let source):
                guard copies[file.path] != source || changedSources.contains(source) else { continue }
                try store([UInt8](Data(contentsOf: site.appendingPathComponent(source))), at: file.path)
                copies[file.path] = source
                pages[file.path] = nil
            }
            written += 1
        }
        for path in Set(pages.keys).union(copies.keys).subtracting(seen) {
            try? FileManager.default.removeItem(at: destination.appendingPathComponent(path))
            pages[path] = nil
            copies[path] = nil
        }
        return written
    }

    private mutating func writeEverything(_ files: [OutputFile], site: URL) throws -> Int {
        let staging = try OutputStaging(destination: destination)
        do {
            for file in files {
                switch file.content {
                case .bytes(let bytes):
                    try staging.write(bytes, to: file.path)
                    pages[file.path] = bytes
                case .copy(let source):
                    try staging.copy(from: site.appendingPathComponent(source), to: file.path)
                    copies[file.path] = source
                }
            }
            try staging.commit()
        } catch {
            staging.discard()
            pages = [:]
            copies = [:]
            throw error
        }
        isPopulated = true
        return files.count
    }

    /// Writes one file in place. Paths come from validated ids; one that would leave the folder
    /// is rejected as in `OutputStaging`.
    private func store(_ bytes: [UInt8], at path: String) throws {
        let components = path.split(separator: "/")
        guard !path.hasPrefix("/"), !components.contains(where: { $0 == ".." || $0 == "." }) else {
            throw OutputError.pathOutsideOutput(path)
        }
        let url = destination.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url, options: .atomic)
    }
}
