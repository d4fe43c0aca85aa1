/// Escapes text for HTML element content and quoted attribute values.
enum HTMLEscaper {
    /// Appends `text` with `&`, `<`, `>`, `"` and `'` replaced by character references.
    /// The apostrophe is escaped too, which the Mustache spec does not require, so that `{{x}}` is also
    /// safe inside single-quoted attributes.
    static func append(_ text: String, to output: inout String) {
        let utf8 = text.utf8
        var chunkStart = utf8.startIndex
        var index = chunkStart
        while index != utf8.endIndex {
            let reference: String
            switch utf8[index] {
            case UInt8(ascii: "&"): reference = "&amp;"
            case UInt8(ascii: "<"): reference = "&lt;"
            case UInt8(ascii: ">"): reference = "&gt;"
            case UInt8(ascii: "\""): reference = "&quot;"
            case UInt8(ascii: "'"): reference = "&#39;"
            default:
                index = utf8.index(after: index)
                continue
            }
            output += text[chunkStart..<index]
            output += reference
            index = utf8.index(after: index)
            chunkStart = index
        }
        output += text[chunkStart..<utf8.endIndex]
    }
}
