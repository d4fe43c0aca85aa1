/// Renders a node tree against a context stack into one output string.
struct TemplateRenderer {
    private(set) var output: String
    private var contextStack: [TemplateValue]
    private let partials: [String: MustacheTemplate]
    private var partialDepth = 0
    /// The first partial tag skipped because of `MustacheTemplate.maximumPartialDepth`.
    private(set) var skippedPartial: (name: String, location: SourceLocation)?

    init(context: TemplateValue, partials: [String: MustacheTemplate], expectedLength: Int) {
        output = ""
        output.reserveCapacity(expectedLength)
        contextStack = [context]
        self.partials = partials
    }

    /// Appends the nodes' output. `indentation` goes at every source line start of the nodes; it is
    /// non-empty inside a standalone partial whose tag was indented.
    mutating func render(_ nodes: [TemplateNode], indentation: String) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .lineStart:
                output += indentation
            case .variable(let path, let escaped):
                let text = resolve(path).interpolatedText
                if escaped {
                    HTMLEscaper.append(text, to: &output)
                } else {
                    output += text
                }
            case .section(let path, let inverted, let children):
                renderSection(resolve(path), inverted: inverted, children: children, indentation: indentation)
            case .partial(let name, let partialIndentation, let location):
                renderPartial(name, indentation: partialIndentation.map { indentation + $0 } ?? "", at: location)
            }
        }
    }

    private mutating func renderSection(
        _ value: TemplateValue, inverted: Bool, children: [TemplateNode], indentation: String
    ) {
        if inverted {
            if !value.isTruthy {
                render(children, indentation: indentation)
            }
            return
        }
        guard value.isTruthy else {
            return
        }
        if case .list(let items) = value {
            for item in items {
                contextStack.append(item)
                render(children, indentation: indentation)
                contextStack.removeLast()
            }
        } else {
            contextStack.append(value)
            render(children, indentation: indentation)
            contextStack.removeLast()
        }
    }

    private mutating func renderPartial(_ name: String, indentation: String, at location: SourceLocation) {
        // The spec renders a partial that is not found as the empty string.
        guard let partial = partials[name] else {
            return
        }
        guard partialDepth < MustacheTemplate.maximumPartialDepth else {
            if skippedPartial == nil {
                skippedPartial = (name, location)
            }
            return
        }
        partialDepth += 1
        render(partial.nodes, indentation: indentation)
        partialDepth -= 1
    }

    /// Looks a dotted name up by the spec's rules: the first part in the nearest context object
    /// that has it as a key, each further part only inside the value found before. A miss anywhere
    /// gives `null`.
    private func resolve(_ path: [String]) -> TemplateValue {
        guard let first = path.first else {
            return contextStack.last ?? .null
        }
        var found: TemplateValue?
        for context in contextStack.reversed() {
            if case .object(let fields) = context, let value = fields[first] {
                found = value
                break
            }
        }
        guard var current = found else {
            return .null
        }
        for key in path.dropFirst() {
            guard case .object(let fields) = current, let value = fields[key] else {
                return .null
            }
            current = value
        }
        return current
    }
}
