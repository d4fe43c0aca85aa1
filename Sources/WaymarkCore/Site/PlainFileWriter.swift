#if canImport(Glibc)
import Glibc
#endif

/// Writes files with plain POSIX calls. `Data.write` in swift-corelibs-foundation syncs every file
/// to disk, which made writing ten thousand pages or imported items take seconds. Callers that
/// need a file to appear whole write to a temporary name and rename it.
enum PlainFileWriter {
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var code: Int32

        var description: String { "cannot write \(path): \(String(cString: strerror(code)))" }
    }

    static func write(_ bytes: [UInt8], toPath path: String) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: path, code: errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: path, code: errno)
            }
            offset += written
        }
    }
}
