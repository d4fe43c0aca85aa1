/// Replaces internal terms with the customers' words on the public site.
struct Glossary: Sendable {
    /// Longest terms first, so a term that contains another is replaced whole.
    let terms: [(internal: String, customer: String)]

    init(_ terms: [(internal: String, customer: String)]) {
        self.terms = terms.sorted { ($0.internal.count, $0.internal) > ($1.internal.count, $1.internal) }
    }

    func apply(toText text: String) -> String {
        var result = text
        for term in terms where result.contains(term.internal) {
            result = result.replacingEvery(term.internal, with: term.customer)
        }
        return result
    }

    /// Applies the glossary to the text between tags of rendered HTML, leaving tags and attributes alone.
    func apply(toHTML html: String) -> String {
        guard terms.contains(where: { html.contains($0.internal) }) else { return html }
        var result = ""
        var text = ""
        var inTag = false
        for character in html {
            if !inTag, character == "<" {
                result += apply(toText: text)
                text = ""
                inTag = true
                result.append(character)
            } else if inTag {
                result.append(character)
                if character == ">" { inTag = false }
            } else {
                text.append(character)
            }
        }
        result += apply(toText: text)
        return result
    }
}

extension String {
    func replacingEvery(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
