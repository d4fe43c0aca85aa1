/// Escaping of text for XML and HTML, in element content and in quoted attribute values.
public enum XMLEscaping {
    /// Returns `text` with `& < > " '` replaced by entities, and with the control characters
    /// that XML 1.0 forbids (U+0000–U+001F except tab, line feed and carriage return)
    /// replaced by U+FFFD, so the result is well-formed in both contexts.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
