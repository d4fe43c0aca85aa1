/// Ids and file names that cannot escape the output folder.
public enum Slug {
    /// Whether `id` is a valid item id: lowercase ASCII letters, digits and single inner hyphens,
    /// so it is safe as a file name and in a URL.
    public static func isValidID(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 120, id.first != "-", id.last != "-" else { return false }
        return id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// Turns any text into an id: ASCII letters and digits are kept in lower case, other runs become one `-`.
    /// Text with other letters (Chinese names) gets a stable hash suffix so that two names never share a slug.
    public static func make(_ text: String, prefix: String = "") -> String {
        var slug = ""
        var pendingHyphen = false
        var hasOtherLetters = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isASCIILetterOrDigit = (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
            if isASCIILetterOrDigit {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(Unicode.Scalar(value >= 0x41 && value <= 0x5A ? value + 0x20 : value) ?? scalar)
            } else {
                if scalar.properties.isAlphabetic { hasOtherLetters = true }
                pendingHyphen = true
            }
        }
        if slug.count > 60 { slug = String(slug.prefix(60)).trimmingHyphens() }
        if hasOtherLetters || slug.isEmpty {
            let hash = String(fnv1a(text) & 0xFFFF_FFFF, radix: 16)
            let padded = String(repeating: "0", count: max(0, 8 - hash.count)) + hash
            slug = slug.isEmpty ? padded : slug + "-" + padded
        }
        return prefix + slug
    }

    /// FNV-1a, 64 bit: a stable hash across runs and machines, unlike `Hasher`.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}

extension String {
    func trimmingHyphens() -> String {
        var result = Substring(self)
        while result.hasSuffix("-") { result.removeLast() }
        while result.hasPrefix("-") { result.removeFirst() }
        return String(result)
    }
}
