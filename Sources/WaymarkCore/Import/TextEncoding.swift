import Foundation

/// The text encodings an import file may use.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case gb18030 = "gb18030"
    case windows1252 = "windows-1252"

    /// The encoding's name in glibc's iconv.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .gb18030: "GB18030"
        case .windows1252: "WINDOWS-1252"
        }
    }

    /// Parses a user-given name such as `utf8`, `GBK`, `cp1252` or `latin1`. GBK and GB2312 text
    /// decodes correctly as GB18030, which contains them. Latin-1 maps to Windows-1252, which
    /// differs from it only in 0x80–0x9F, where Latin-1 has control characters.
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        case "windows-1252", "cp1252", "latin1", "latin-1", "iso-8859-1": self = .windows1252
        default: return nil
        }
    }

    /// Decodes `bytes` into a string. A UTF-8 byte order mark is kept in the string so that the
    /// CSV reader can drop it.
    /// - Throws: `ImportError` naming the line of the first byte that is invalid in this encoding.
    public func decode(_ bytes: [UInt8], file: String) throws(ImportError) -> String {
        if self == .utf8 {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw ImportError(TextEncoding.invalidBytesDiagnostic(bytes, offset: TextEncoding.firstInvalidUTF8Offset(bytes), encoding: self, file: file))
            }
            return text
        }
        do {
            let utf8 = try IconvConverter.convert(bytes, from: iconvName, to: "UTF-8")
            return String(decoding: utf8, as: UTF8.self)
        } catch {
            let offset: Int
            switch error {
            case .invalidSequence(let at), .incompleteSequence(let at): offset = at
            case .unsupportedEncoding: offset = 0
            }
            throw ImportError(TextEncoding.invalidBytesDiagnostic(bytes, offset: offset, encoding: self, file: file))
        }
    }

    /// Detects the encoding of `bytes`: valid UTF-8 is UTF-8. Otherwise the bytes are decoded as
    /// both GB18030 and Windows-1252 and the more plausible text wins. GB18030 is plausible when its
    /// CJK characters stand apart from Latin letters. Windows-1252 is plausible when its accented
    /// letters sit inside Latin words, as in "Café". A tie goes to Windows-1252.
    /// - Returns: nil when neither decoding succeeds.
    public static func detect(_ bytes: [UInt8]) -> TextEncoding? {
        if String(validating: bytes, as: UTF8.self) != nil {
            return .utf8
        }
        let asChinese = try? IconvConverter.convert(bytes, from: "GB18030", to: "UTF-8")
        let asLatin = try? IconvConverter.convert(bytes, from: "WINDOWS-1252", to: "UTF-8")
        switch (asChinese, asLatin) {
        case (nil, nil):
            return nil
        case (_?, nil):
            return .gb18030
        case (nil, _?):
            return .windows1252
        case let (chinese?, latin?):
            let chineseScore = cjkScore(String(decoding: chinese, as: UTF8.self))
            let latinScore = latinScore(String(decoding: latin, as: UTF8.self))
            return chineseScore > latinScore ? .gb18030 : .windows1252
        }
    }

    /// Counts CJK characters that do not touch an ASCII letter.
    static func cjkScore(_ text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        var score = 0
        for (index, scalar) in scalars.enumerated() where isCJK(scalar) {
            let before = index > 0 ? scalars[index - 1] : " "
            let after = index + 1 < scalars.count ? scalars[index + 1] : " "
            if !isASCIILetter(before) && !isASCIILetter(after) {
                score += 1
            }
        }
        return score
    }

    /// Counts accented Latin letters that touch an ASCII letter. GB18030 bytes read as
    /// Windows-1252 give runs of accented letters and symbols instead ("»ªÄÏ" for 华南).
    static func latinScore(_ text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        var score = 0
        for (index, scalar) in scalars.enumerated() where isAccentedLatin(scalar) {
            let before = index > 0 ? scalars[index - 1] : " "
            let after = index + 1 < scalars.count ? scalars[index + 1] : " "
            if isASCIILetter(before) || isASCIILetter(after) {
                score += 1
            }
        }
        return score
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xFF00...0xFFEF: true
        default: false
        }
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    static func isAccentedLatin(_ scalar: Unicode.Scalar) -> Bool {
        // Latin-1 letters (× and ÷ excluded) and Latin Extended-A, which Windows-1252 reaches
        // through Š, Œ, Ž and their lowercase forms.
        switch scalar.value {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF, 0x152...0x153, 0x160...0x161, 0x178, 0x17D...0x17E: true
        default: false
        }
    }

    /// Returns the offset of the first byte that does not start a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .error:
                return offset
            case .emptyInput:
                return offset
            }
        }
    }

    static func invalidBytesDiagnostic(_ bytes: [UInt8], offset: Int, encoding: TextEncoding, file: String) -> Diagnostic {
        var line = 1
        var lineStart = 0
        for (index, byte) in bytes[0..<min(offset, bytes.count)].enumerated() where byte == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return Diagnostic(
            at: SourceLocation(file: file, line: line, column: offset - lineStart + 1),
            problem: ImportMessages.invalidBytes(encoding: encoding.rawValue),
            hint: ImportMessages.nameEncodingHint
        )
    }
}
