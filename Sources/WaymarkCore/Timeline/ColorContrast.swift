import Foundation

/// Choice of a readable text colour on a coloured background.
enum ColorContrast {
    /// Returns white or near-black text colour, whichever has the higher WCAG 2 contrast ratio
    /// against `background` (`#RGB` or `#RRGGBB`). Colours it cannot parse get near-black.
    static func textColor(on background: String) -> String {
        guard let luminance = relativeLuminance(background) else { return TimelineMetrics.textColor }
        let contrastWithWhite = 1.05 / (luminance + 0.05)
        let contrastWithBlack = (luminance + 0.05) / 0.05
        return contrastWithWhite > contrastWithBlack ? "#ffffff" : TimelineMetrics.textColor
    }

    /// WCAG 2 relative luminance, 0 for black to 1 for white.
    static func relativeLuminance(_ color: String) -> Double? {
        var digits = Array(color.trimmingCharacters(in: .whitespaces).unicodeScalars)
        guard digits.first == "#" else { return nil }
        digits.removeFirst()
        if digits.count == 3 {
            digits = digits.flatMap { [$0, $0] }
        }
        guard digits.count == 6, let value = UInt32(String(String.UnicodeScalarView(digits)), radix: 16) else {
            return nil
        }
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
