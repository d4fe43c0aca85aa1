#if canImport(Glibc)
import Glibc
#endif

/// A TCP socket bound to an IPv4 loopback address and listening, on the C library's socket calls.
struct ListeningSocket: Sendable {
    let descriptor: Int32
    let port: UInt16

    /// Parses `host` as `localhost` or an IPv4 address in 127.0.0.0/8, which no other machine can reach.
    /// Returns nil for any other host.
    /// NOTE: IPv6 `::1` is rejected too, because the socket is IPv4 only.
    static func loopbackAddress(_ host: String) -> in_addr? {
        let name = host == "localhost" ? "127.0.0.1" : host
        var address = in_addr()
        guard inet_pton(AF_INET, name, &address) == 1 else { return nil }
        let firstOctet = UInt32(bigEndian: address.s_addr) >> 24
        return firstOctet == 127 ? address : nil
    }

    /// Binds `address:port` (port 0 picks a free port) and starts listening.
    init(address: in_addr, port requestedPort: UInt16, failure: (String, Int32) -> ServeError) throws(ServeError) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw failure("socket", errno) }
        var reuse: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))

        var socketAddress = sockaddr_in()
        socketAddress.sin_family = sa_family_t(AF_INET)
        socketAddress.sin_port = requestedPort.bigEndian
        socketAddress.sin_addr = address
        let bound = withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            let code = errno
            Glibc.close(descriptor)
            throw failure("bind", code)
        }
        guard listen(descriptor, 64) == 0 else {
            let code = errno
            Glibc.close(descriptor)
            throw failure("listen", code)
        }

        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        self.descriptor = descriptor
        self.port = UInt16(bigEndian: actual.sin_port)
    }

    /// Wakes a blocked `accept` with an error and releases the port.
    func close() {
        shutdown(descriptor, Int32(SHUT_RDWR))
        Glibc.close(descriptor)
    }
}
