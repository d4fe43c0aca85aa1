/// Maps a request target to a file path inside an output folder, rejecting anything that could escape it.
enum SitePath {
    /// The path of the target relative to the served root, without query or fragment, percent-decoded.
    /// Returns nil for `..` segments (raw or encoded as `%2e%2e`), backslashes, NUL bytes and invalid encodings.
    static func relativePath(of target: String) -> String? {
        var path = Substring(target)
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        guard let decoded = percentDecoded(String(path)) else { return nil }
        guard !decoded.contains("\\"), !decoded.contains("\0") else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        var relative = segments.joined(separator: "/")
        if decoded.hasSuffix("/") || relative.isEmpty { relative += relative.isEmpty ? "index.html" : "/index.html" }
        return relative
    }

    static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == 0x25 else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
