/// An estimate of rendered text width, used to decide whether a label fits, without a font.
///
/// The estimate counts each Unicode scalar as a fraction of the font size (1 em):
/// - 1.0 em for CJK ideographs, kana, hangul, bopomofo, CJK symbols and punctuation,
///   fullwidth forms, emoji, and the ellipsis "…", which CJK fonts draw full width.
/// - 0.55 em for ASCII, an average over Latin letters, digits and punctuation in common sans-serif
///   fonts. A run of capitals or of "W" can be wider than estimated, and a run of "i" narrower.
/// - 0 for combining marks, variation selectors and zero-width characters.
/// - 0.6 em for everything else, such as accented Latin, Greek and Cyrillic.
public enum TextWidth {
    public static let fullWidthEm = 1.0
    public static let asciiEm = 0.55
    public static let otherEm = 0.6

    /// Estimated width of `text` in pixels at `fontSize` pixels.
    public static func estimate(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            ems += em(of: scalar)
        }
        return ems * fontSize
    }

    /// Returns `text` unchanged when it fits in `maxWidth` pixels, else its longest prefix of whole
    /// characters followed by "…" that fits, or nil when not even one character and "…" fit.
    public static func truncate(_ text: String, toFit maxWidth: Double, fontSize: Double) -> String? {
        if estimate(text, fontSize: fontSize) <= maxWidth {
            return text
        }
        let ellipsis = "…"
        let budget = maxWidth - estimate(ellipsis, fontSize: fontSize)
        var prefix = ""
        var width = 0.0
        for character in text {
            let characterWidth = estimate(String(character), fontSize: fontSize)
            if width + characterWidth > budget {
                break
            }
            prefix.append(character)
            width += characterWidth
        }
        while let last = prefix.last, last.isWhitespace {
            prefix.removeLast()
        }
        return prefix.isEmpty ? nil : prefix + ellipsis
    }

    /// Width of one scalar in em.
    public static func em(of scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        if value < 0x80 {
            return value < 0x20 || value == 0x7F ? 0 : asciiEm
        }
        if isZeroWidth(value) {
            return 0
        }
        if isFullWidth(value) {
            return fullWidthEm
        }
        return otherEm
    }

    private static func isZeroWidth(_ value: UInt32) -> Bool {
        switch value {
        case 0x0300...0x036F,  // combining diacritical marks
             0x200B...0x200F,  // zero-width space, joiners, direction marks
             0x2060...0x2064,  // word joiner and invisible operators
             0xFE00...0xFE0F,  // variation selectors
             0xFEFF,  // zero-width no-break space
             0xE0100...0xE01EF:  // variation selectors supplement
            return true
        default:
            return false
        }
    }

    private static func isFullWidth(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x11FF,  // hangul jamo
             0x2026,  // horizontal ellipsis
             0x2E80...0x303F,  // CJK radicals, Kangxi radicals, CJK symbols and punctuation
             0x3040...0x33FF,  // kana, bopomofo, hangul compatibility jamo, enclosed CJK, CJK compatibility
             0x3400...0x4DBF,  // CJK extension A
             0x4E00...0x9FFF,  // CJK unified ideographs
             0xA960...0xA97F,  // hangul jamo extended-A
             0xAC00...0xD7FF,  // hangul syllables, jamo extended-B
             0xF900...0xFAFF,  // CJK compatibility ideographs
             0xFE30...0xFE4F,  // CJK compatibility forms
             0xFF01...0xFF60,  // fullwidth ASCII forms
             0xFFE0...0xFFE6,  // fullwidth signs
             0x1F000...0x1FAFF,  // emoji and pictographs
             0x20000...0x3FFFD:  // CJK extensions B and later
            return true
        default:
            return false
        }
    }
}
