import CCmark

/// Renders CommonMark through the system libcmark (Debian ships 0.30.2).
///
/// Safe mode is the default in libcmark 0.30, where only `CMARK_OPT_UNSAFE` turns it off.
/// Raw HTML is replaced by `<!-- raw HTML omitted -->`, and links and images whose URL starts
/// with `javascript:`, `vbscript:`, `file:` or `data:` (except `data:image/png`, `gif`, `jpeg`
/// and `webp`) get an empty URL. Smart punctuation stays off, so quotes and dashes come out as typed.
public enum MarkdownRenderer {
    /// Converts Markdown to an HTML fragment.
    public static func html(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        let rendered = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                    cmark_markdown_to_html(characters, buffer.count, CMARK_OPT_DEFAULT)
                }
            }
        }
        guard let rendered else { return "" }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        return replacingEmptiedImages(String(cString: rendered))
    }

    /// Replaces each image whose URL safe mode emptied (`<img src="" alt="…" />`) by its alt text,
    /// because an empty `src` is invalid HTML and shows a broken image.
    static func replacingEmptiedImages(_ html: String) -> String {
        let opening = "<img src=\"\" alt=\""
        guard html.contains(opening) else { return html }
        var result = ""
        var rest = Substring(html)
        while let start = rest.firstRange(of: opening) {
            result += rest[..<start.lowerBound]
            let afterAlt = rest[start.upperBound...]
            guard let altEnd = afterAlt.firstIndex(of: "\""),
                  let tagEnd = afterAlt[altEnd...].firstRange(of: "/>") else {
                result += rest[start.lowerBound...]
                return result
            }
            result += afterAlt[..<altEnd]
            rest = afterAlt[tagEnd.upperBound...]
        }
        result += rest
        return result
    }
}
