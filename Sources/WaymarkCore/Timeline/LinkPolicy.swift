/// The rule for which entry URLs become links.
enum LinkPolicy {
    private static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// Returns `url` when it is relative or uses http, https or mailto. Returns nil for other schemes
    /// (`javascript:`, `data:`), control characters or an empty string, so a hostile URL cannot run script.
    static func safeHref(_ url: String?) -> String? {
        guard let url, !url.isEmpty else { return nil }
        guard !url.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        // A scheme ends at the first ":" that comes before any "/", "?" or "#".
        guard let colon = url.firstIndex(of: ":") else { return url }
        if let delimiter = url.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }), delimiter < colon {
            return url
        }
        let scheme = url[..<colon].lowercased().trimmingSpaces()
        return allowedSchemes.contains(scheme) ? url : nil
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var result = Substring(self)
        while result.first?.isWhitespace == true { result.removeFirst() }
        while result.last?.isWhitespace == true { result.removeLast() }
        return String(result)
    }
}
