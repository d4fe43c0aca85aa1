#if canImport(Glibc)
import Glibc
#endif

/// One accepted client socket: reads the request head and writes one response.
struct Connection {
    let descriptor: Int32
    /// The request head may be at most this long; browsers send well under 8 KiB.
    static let maxHeadBytes = 16 * 1024

    /// Sets a receive timeout so that a client that never sends its request frees the thread.
    func setTimeout(seconds: Int) {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Reads until the blank line that ends the head. Returns nil on a timeout, a closed socket
    /// or a head longer than `maxHeadBytes`.
    func readHead() -> [UInt8]? {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while received.count < Self.maxHeadBytes {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            received += buffer[..<count]
            if Self.containsHeadEnd(received) { return received }
        }
        return nil
    }

    /// Writes all of `bytes`. `send` with `MSG_NOSIGNAL` in place of `write`, because a client that
    /// closed early would otherwise raise SIGPIPE and end the whole server.
    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { return }
            offset += sent
        }
    }

    func close() {
        Glibc.close(descriptor)
    }

    private static func containsHeadEnd(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        for index in 0...(bytes.count - 4) where bytes[index] == 0x0D && bytes[index + 1] == 0x0A && bytes[index + 2] == 0x0D && bytes[index + 3] == 0x0A {
            return true
        }
        return false
    }
}
