import CYaml

/// Pulls events from libyaml's event parser (`yaml_parser_parse`) over one UTF-8 text.
///
/// The parser and the input bytes live on the heap because libyaml keeps pointers to both
/// (`yaml_parser_set_input_string` stores the parser's own address as the read handler's data),
/// so neither may move while parsing.
final class YAMLEventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let text: String

    init(text: String) throws(YAMLError) {
        self.text = text
        let bytes = Array(text.utf8)
        // One spare byte so that an empty text still has a valid base address.
        input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count + 1)
        _ = input.initialize(from: bytes)
        parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        guard yaml_parser_initialize(parser) == 1 else {
            let problem = "libyaml failed to allocate its parser"
            throw YAMLError(.syntax(problem: problem, context: nil, contextMark: nil), at: YAMLMark(line: 1, column: 1))
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        if let base = input.baseAddress {
            yaml_parser_set_input_string(parser, base, bytes.count)
        }
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
        input.deallocate()
    }

    /// Returns the next event, or throws libyaml's syntax error at the position libyaml reports.
    func next() throws(YAMLError) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw parserError()
        }
        defer { yaml_event_delete(&event) }

        let mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return YAMLEvent(kind: .streamStart, mark: mark)
        case YAML_STREAM_END_EVENT:
            return YAMLEvent(kind: .streamEnd, mark: mark)
        case YAML_DOCUMENT_START_EVENT:
            return YAMLEvent(kind: .documentStart, mark: mark)
        case YAML_DOCUMENT_END_EVENT:
            return YAMLEvent(kind: .documentEnd, mark: mark)
        case YAML_ALIAS_EVENT:
            return YAMLEvent(kind: .alias(Self.string(event.data.alias.anchor) ?? ""), mark: mark)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = scalar.value.map {
                String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
            } ?? ""
            let kind = YAMLEvent.Kind.scalar(value, style: Self.style(scalar.style), anchor: Self.string(scalar.anchor))
            return YAMLEvent(kind: kind, mark: mark)
        case YAML_SEQUENCE_START_EVENT:
            return YAMLEvent(kind: .sequenceStart(anchor: Self.string(event.data.sequence_start.anchor)), mark: mark)
        case YAML_SEQUENCE_END_EVENT:
            return YAMLEvent(kind: .sequenceEnd, mark: mark)
        case YAML_MAPPING_START_EVENT:
            return YAMLEvent(kind: .mappingStart(anchor: Self.string(event.data.mapping_start.anchor)), mark: mark)
        case YAML_MAPPING_END_EVENT:
            return YAMLEvent(kind: .mappingEnd, mark: mark)
        default:
            // YAML_NO_EVENT comes only after the stream has ended; treat it as the end.
            return YAMLEvent(kind: .streamEnd, mark: mark)
        }
    }

    private func parserError() -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        let context = state.context.map { String(cString: $0) }
        let contextMark = context.map { _ in
            YAMLMark(line: Int(state.context_mark.line) + 1, column: Int(state.context_mark.column) + 1)
        }
        let mark = YAMLMark(line: Int(state.problem_mark.line) + 1, column: Int(state.problem_mark.column) + 1)
        if lineHasTabIndentation(mark.line) {
            return YAMLError(.tabIndentation(problem: problem), at: mark)
        }
        return YAMLError(.syntax(problem: problem, context: context, contextMark: contextMark), at: mark)
    }

    /// Returns whether the 1-based `line` of the text has a tab among its leading blanks.
    /// libyaml reports such tabs with generic problems ("found character that cannot start any token"),
    /// so the caller replaces them with a message that names the tab.
    private func lineHasTabIndentation(_ line: Int) -> Bool {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return false }
        let leading = lines[line - 1].prefix { $0 == " " || $0 == "\t" }
        return leading.contains("\t")
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
