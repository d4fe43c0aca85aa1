/// The request line of an HTTP request: method and target. Headers are read but not used.
struct HTTPRequestHead: Sendable {
    var method: String
    var target: String

    /// Parses `METHOD TARGET HTTP/1.x` from the bytes before the first CRLF; nil when malformed.
    init?(_ bytes: [UInt8]) {
        let lineEnd = bytes.firstIndex(of: 0x0D) ?? bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
        guard let line = String(validating: bytes[..<lineEnd], as: UTF8.self) else { return nil }
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1."), parts[1].hasPrefix("/") else { return nil }
        method = String(parts[0])
        target = String(parts[1])
    }
}
