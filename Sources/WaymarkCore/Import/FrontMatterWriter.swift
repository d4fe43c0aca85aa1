import Foundation

/// Writes YAML front matter lines. Every string is a double-quoted scalar, so values such as
/// `NO`, `1.20`, `2027-01`, `#1` or `a: b` stay strings, whatever YAML would make of them plain.
public enum FrontMatterWriter {
    /// Returns `key: value` as one or more lines without a line end after the last.
    public static func line(key: String, value: FrontMatterValue) -> String {
        switch value {
        case .string(let text):
            return "\(key): \(quote(text))"
        case .number(let number):
            return "\(key): \(number)"
        case .strings(let list):
            return "\(key): [" + list.map(quote).joined(separator: ", ") + "]"
        }
    }

    /// Returns the whole item file: front matter between `---` lines, then the body.
    public static func file(entries: [(key: String, value: FrontMatterValue)], body: String) -> String {
        var text = "---\n"
        for entry in entries {
            text += line(key: entry.key, value: entry.value) + "\n"
        }
        text += "---\n"
        if !body.isEmpty {
            text += "\n" + body
            if !body.hasSuffix("\n") { text += "\n" }
        }
        return text
    }

    /// Returns `text` as a YAML double-quoted scalar. Escapes `\`, `"`, control characters and the
    /// line and paragraph separators U+2028/U+2029 that YAML 1.1 readers treat as line breaks.
    public static func quote(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            case "\u{2028}": quoted += "\\L"
            case "\u{2029}": quoted += "\\P"
            case "\u{85}": quoted += "\\N"
            case "\u{FEFF}": quoted += "\\uFEFF"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    quoted += "\\x" + (hex.count < 2 ? "0" + hex : hex)
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }

    /// Reads back a scalar as `quote` writes it, a single-quoted scalar, or a plain one (a trailing
    /// ` #` comment dropped). Used to read `crm_id` from existing files.
    public static func unquote(_ raw: Substring) -> String {
        let text = raw.trimmingPrefix(while: { $0 == " " || $0 == "\t" })
        if text.first == "\"" {
            var result = ""
            var scalars = text.unicodeScalars.dropFirst().makeIterator()
            while let scalar = scalars.next() {
                if scalar == "\"" { break }
                guard scalar == "\\", let escaped = scalars.next() else {
                    result.unicodeScalars.append(scalar)
                    continue
                }
                switch escaped {
                case "n": result += "\n"
                case "r": result += "\r"
                case "t": result += "\t"
                case "L": result += "\u{2028}"
                case "P": result += "\u{2029}"
                case "N": result += "\u{85}"
                case "0": result += "\u{0}"
                case "x", "u", "U":
                    let width: Int
                    switch escaped {
                    case "x": width = 2
                    case "u": width = 4
                    default: width = 8
                    }
                    var hex = ""
                    for _ in 0..<width {
                        if let digit = scalars.next() { hex.unicodeScalars.append(digit) }
                    }
                    if let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) {
                        result.unicodeScalars.append(decoded)
                    }
                default:
                    result.unicodeScalars.append(escaped)
                }
            }
            return result
        }
        if text.first == "'" {
            var result = ""
            var characters = text.dropFirst().makeIterator()
            while let character = characters.next() {
                if character == "'" {
                    guard let next = characters.next(), next == "'" else { break }
                }
                result.append(character)
            }
            return result
        }
        var plain = text
        if let comment = plain.range(of: " #") {
            plain = plain[..<comment.lowerBound]
        }
        return String(plain).trimmingTrailingSpaces()
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" || last == "\r" {
            text = text.dropLast()
        }
        return String(text)
    }
}
