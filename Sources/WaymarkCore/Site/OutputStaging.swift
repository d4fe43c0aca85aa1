import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes one output folder beside its destination, then swaps it in, so a failed build leaves
/// the previous output exactly as it was. After `createFolders`, `write` and `copy` only read
/// immutable state, so they may run from several threads at once.
final class OutputStaging: @unchecked Sendable {
    let destination: URL
    let staging: URL
    private let fileManager = FileManager.default
    private let stagingPath: String

    init(destination: URL) throws {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.destination.lastPathComponent).waymark-staging")
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        if fileManager.fileExists(atPath: staging.path) { try fileManager.removeItem(at: staging) }
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        stagingPath = staging.path
        try PlainFileWriter.write(Array(OutputStaging.markerText.utf8), toPath: stagingPath + "/" + OutputStaging.markerName)
    }

    /// A file in every output folder that marks it as Waymark's, so a build never replaces a folder
    /// of the user's by mistake (an `--output` that names `content/`, say).
    static let markerName = ".waymark-output"
    static let markerText = "This folder is written by waymark build and replaced on every build.\n"

    /// Creates every folder the given output paths need, each once.
    func createFolders(for paths: [String]) throws {
        var folders = Set<String>()
        for path in paths {
            guard let slash = path.lastIndex(of: "/") else { continue }
            folders.insert(String(path[..<slash]))
        }
        for folder in folders.sorted() {
            try fileManager.createDirectory(atPath: stagingPath + "/" + folder, withIntermediateDirectories: true)
        }
    }

    /// Writes `bytes` at `path` inside the staging folder. Paths come from validated ids, but a
    /// path that would leave the folder is rejected here as well.
    func write(_ bytes: [UInt8], to path: String) throws {
        let components = path.split(separator: "/")
        guard !path.hasPrefix("/"), !components.contains(where: { $0 == ".." || $0 == "." }) else {
            throw OutputError.pathOutsideOutput(path)
        }
        let target = stagingPath + "/" + path
        // A caller that did not run `createFolders` first gets the folder made here.
        if let slash = target.lastIndex(of: "/"), !fileManager.fileExists(atPath: String(target[..<slash])) {
            try fileManager.createDirectory(atPath: String(target[..<slash]), withIntermediateDirectories: true)
        }
        try PlainFileWriter.write(bytes, toPath: target)
    }

    func copy(from source: URL, to path: String) throws {
        let data = try Data(contentsOf: source)
        try write([UInt8](data), to: path)
    }

    /// Replaces the destination with the staged folder: the old one is moved aside first and
    /// removed only after the new one is in place.
    func commit() throws {
        let parent = destination.deletingLastPathComponent()
        let previous = parent.appendingPathComponent(".\(destination.lastPathComponent).waymark-previous")
        if fileManager.fileExists(atPath: previous.path) { try fileManager.removeItem(at: previous) }
        let hadPrevious = fileManager.fileExists(atPath: destination.path)
        if hadPrevious { try fileManager.moveItem(at: destination, to: previous) }
        do {
            try fileManager.moveItem(at: staging, to: destination)
        } catch {
            if hadPrevious { try? fileManager.moveItem(at: previous, to: destination) }
            throw error
        }
        if hadPrevious { try fileManager.removeItem(at: previous) }
    }

    func discard() {
        try? fileManager.removeItem(at: staging)
    }
}

enum OutputError: Error, CustomStringConvertible {
    case pathOutsideOutput(String)
    case staging(String)

    var description: String {
        switch self {
        case .pathOutsideOutput(let path): return "output path \(path) leaves the output folder"
        case .staging(let message): return message
        }
    }
}
