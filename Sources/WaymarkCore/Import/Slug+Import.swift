import Foundation

/// Slugs for imported items: accents folded to ASCII, and the CRM id as the fallback.
extension Slug {
    /// The maximum length of a slug made from a title. Longer slugs are cut at a word boundary.
    public static let maxLength = 80

    /// Returns the slug of `text`: accents are dropped ("Café" → `cafe`), every other run of
    /// characters outside a–z and 0–9 becomes one `-`. Chinese text has no ASCII letters and gives
    /// an empty slug, which `make(_:fallback:)` replaces.
    public static func ascii(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            // Combining marks left by the decomposition are dropped without a hyphen.
            if (0x0300...0x036F).contains(scalar.value) { continue }
            let lowered = scalar.properties.lowercaseMapping
            if lowered.count == 1, let character = lowered.unicodeScalars.first,
               ("a"..."z").contains(character) || ("0"..."9").contains(character) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(character)
            } else {
                pendingHyphen = true
            }
        }
        if slug.count > maxLength {
            let cut = slug.prefix(maxLength)
            slug = cut.lastIndex(of: "-").map { String(cut[..<$0]) } ?? String(cut)
        }
        return slug
    }

    /// Returns the slug of `text`, else the slug of `fallback`, else `item-` and a stable hash of
    /// `fallback`, so the result is never empty and never contains `.` or `/`.
    public static func make(_ text: String, fallback: String) -> String {
        let primary = ascii(text)
        if !primary.isEmpty { return primary }
        let secondary = ascii(fallback)
        if !secondary.isEmpty { return secondary }
        return "item-" + stableHash(fallback)
    }

    /// Returns `Slug.fnv1a` of the text as 16 hex digits, the same on every run and platform.
    static func stableHash(_ text: String) -> String {
        let hex = String(fnv1a(text), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
