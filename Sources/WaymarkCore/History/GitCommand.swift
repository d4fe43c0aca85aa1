import Foundation

/// Runs `git` as a child process with an argument list, never through a shell, so no path or
/// commit name is ever interpreted as shell syntax.
struct GitCommand: Sendable {
    struct Output: Sendable {
        var status: Int32
        var standardOutput: Data
        var standardError: String
    }

    let executable: URL

    /// Finds `git` in the folders of `PATH`; nil when it is not installed there.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> GitCommand? {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in folders where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("git")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return GitCommand(executable: candidate)
            }
        }
        return nil
    }

    /// Runs `git ARGUMENTS` and waits for it. `input`, when given, is a file fed to standard input.
    /// Standard output is read to its end before standard error, so standard error must stay
    /// under the pipe buffer (64 KiB on Linux); git's messages do.
    func run(_ arguments: [String], input: URL? = nil) throws -> Output {
        let process = Process()
        process.executableURL = executable
        // Untranslated messages, and paths with non-ASCII characters printed as they are.
        process.arguments = ["-c", "core.quotePath=false"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        process.environment = environment
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        process.standardInput = try input.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        try process.run()
        let output = outputPipe.fileHandleForReading.readDataToEndOfFile()
        let error = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            standardOutput: output,
            standardError: String(decoding: error, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        )
    }
}
