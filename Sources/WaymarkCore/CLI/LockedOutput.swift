import Foundation

/// Lets server threads call the command's non-Sendable output closure, one call at a time.
/// `@unchecked` is sound because the closure is only ever called while `lock` is held.
final class LockedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private let write: (String) -> Void

    init(_ write: @escaping (String) -> Void) {
        self.write = write
    }

    func callAsFunction(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        write(line)
    }
}
