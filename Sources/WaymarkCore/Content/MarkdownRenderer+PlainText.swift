import CCmark

extension MarkdownRenderer {
    /// Extracts the visible text, one line per paragraph, heading or code block, for
    /// summaries and for checking that no internal wording reaches a public page.
    ///
    /// Link and image URLs are left out but their text and alt text stay. Raw HTML is left out,
    /// as `html(_:)` drops it too. A soft line break becomes a space and a hard one a line break.
    public static func plainText(_ markdown: String) -> String {
        guard let document = parseDocument(markdown) else { return "" }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return "" }
        defer { cmark_iter_free(iterator) }

        var blocks: [String] = []
        var current = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)

            if event == CMARK_EVENT_ENTER {
                switch type {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    current += literal(of: node)
                case CMARK_NODE_SOFTBREAK:
                    current += " "
                case CMARK_NODE_LINEBREAK:
                    current += "\n"
                case CMARK_NODE_CODE_BLOCK:
                    var code = literal(of: node)
                    if code.hasSuffix("\n") {
                        code.removeLast()
                    }
                    blocks.append(code)
                default:
                    break
                }
            } else if event == CMARK_EVENT_EXIT, type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING {
                blocks.append(current)
                current = ""
            }
        }
        return blocks.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    private static func parseDocument(_ markdown: String) -> OpaquePointer? {
        let bytes = Array(markdown.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                    cmark_parse_document(characters, buffer.count, CMARK_OPT_DEFAULT)
                }
            }
        }
    }

    private static func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }
}
