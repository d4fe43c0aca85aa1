import Testing
@testable import WaymarkCore

private func render(
    _ source: String, _ context: TemplateValue = [:], partials: [String: String] = [:]
) throws -> String {
    var parsedPartials: [String: MustacheTemplate] = [:]
    for (name, partialSource) in partials {
        parsedPartials[name] = try MustacheTemplate(source: partialSource, name: name)
    }
    return try MustacheTemplate(source: source, name: "page.html").render(context, partials: parsedPartials)
}

private func parseError(_ source: String) -> TemplateError? {
    do {
        _ = try MustacheTemplate(source: source, name: "page.html")
        return nil
    } catch {
        return error
    }
}

@Test func escapingCoversApostrophe() throws {
    let output = try render("<p title='{{x}}'>{{x}}</p>", ["x": "it's <b> & \"q\""])
    let escaped = "it&#39;s &lt;b&gt; &amp; &quot;q&quot;"
    #expect(output == "<p title='\(escaped)'>\(escaped)</p>")
}

@Test func unescapedTagsKeepApostrophe() throws {
    #expect(try render("{{{x}}}|{{&x}}", ["x": "it's <b>"]) == "it's <b>|it's <b>")
}

@Test func escapingKeepsNonASCIIText() throws {
    #expect(try render("{{x}}", ["x": "路线图 & 里程碑"]) == "路线图 &amp; 里程碑")
}

@Test func numberFormatting() throws {
    let context: TemplateValue = ["a": 85, "b": 1.210, "c": 85.0, "d": -0.5, "e": 1e20, "f": false]
    #expect(try render("{{a}} {{b}} {{c}} {{d}} {{e}} {{f}}", context) == "85 1.21 85 -0.5 1e+20 false")
}

@Test func emptyStringIsFalsy() throws {
    let context: TemplateValue = ["note": "", "zero": 0]
    #expect(try render("{{#note}}N{{/note}}{{^note}}-{{/note}}{{#zero}}Z{{/zero}}", context) == "-Z")
}

@Test func unclosedSectionLocation() throws {
    let error = try #require(parseError("<ul>\n  {{#items}}\n  <li>{{name}}</li>\n</ul>\n"))
    #expect(error.kind == .unclosedSection(name: "items"))
    #expect(error.templateName == "page.html")
    #expect(error.line == 2)
    #expect(error.column == 3)
    #expect(error.message.en == "section `items` is never closed; add `{{/items}}` where it should end")
    #expect(error.message.zh == "区块 `items` 没有结束标签；请在区块结束处加上 `{{/items}}`")
}

@Test func closingOuterSectionMismatches() throws {
    let error = try #require(parseError("{{#a}}\n{{#b}}\n{{/a}}"))
    #expect(error.kind == .mismatchedClosingTag(expected: "b", found: "a"))
    #expect(error.line == 3)
}

@Test func unclosedSectionReportsInnermost() throws {
    let nested = try #require(parseError("{{#a}}\n x {{#b}}\n"))
    #expect(nested.kind == .unclosedSection(name: "b"))
    #expect(nested.line == 2)
    #expect(nested.column == 4)
}

@Test func mismatchedCloseLocation() throws {
    let error = try #require(parseError("{{#phases}}\n  <h2>{{title}}</h2>{{/phase}}\n"))
    #expect(error.kind == .mismatchedClosingTag(expected: "phases", found: "phase"))
    #expect(error.line == 2)
    #expect(error.column == 21)
    #expect(error.message.en == "closing tag `{{/phase}}` does not match section `phases` opened at line 1, "
        + "column 1; close that section with `{{/phases}}` first")
    #expect(error.diagnostic.formatted(.en).hasPrefix("page.html:2:21: error: closing tag `{{/phase}}`"))
}

@Test func errorColumnCountsScalars() throws {
    let error = try #require(parseError("里程碑 {{/done}}"))
    #expect(error.kind == .unopenedClosingTag(name: "done"))
    #expect(error.line == 1)
    #expect(error.column == 5)
}

@Test func unclosedTagLocation() throws {
    let error = try #require(parseError("a\nb {{title\n"))
    #expect(error.kind == .unclosedTag)
    #expect(error.line == 2)
    #expect(error.column == 3)
    #expect(error.message.en == "tag is not closed; add `}}` after the tag's name")

    let triple = try #require(parseError("{{{title}}"))
    #expect(triple.kind == .unclosedTag)
    #expect(triple.message.en == "tag is not closed; add `}}}` after the tag's name")
}

@Test func invalidDelimitersRejected() throws {
    for source in ["{{=<% %>}}", "{{=<%=}}", "{{=<% %> x=}}", "{{=<= =>=}}"] {
        let error = try #require(parseError(source), "expected an error for \(source)")
        guard case .invalidDelimiters = error.kind else {
            Issue.record("\(source) raised \(error.kind), expected invalidDelimiters")
            continue
        }
        #expect(error.column == 1)
    }
}

@Test func invalidNamesRejected() throws {
    for source in ["{{}}", "{{a b}}", "{{a..b}}", "{{#.a}}{{/.a}}", "{{> }}"] {
        let error = try #require(parseError(source), "expected an error for \(source)")
        guard case .invalidName = error.kind else {
            Issue.record("\(source) raised \(error.kind), expected invalidName")
            continue
        }
    }
}

@Test func partialRecursionStopsAtLimit() throws {
    let loop = try MustacheTemplate(source: "x{{>loop}}", name: "loop")
    let page = try MustacheTemplate(source: "[{{>loop}}]", name: "page.html")
    var diagnostics = DiagnosticList()
    let output = page.render([:], partials: ["loop": loop], diagnostics: &diagnostics)

    #expect(MustacheTemplate.maximumPartialDepth == 100)
    #expect(output == "[" + String(repeating: "x", count: 100) + "]")
    #expect(diagnostics.warnings.count == 1)
    let warning = try #require(diagnostics.warnings.first)
    #expect(warning.location == SourceLocation(file: "loop", line: 1, column: 2))
    #expect(warning.problem.en == "partial `loop` is nested more than 100 levels deep while rendering "
        + "`page.html`, so the deeper levels were left out")
    #expect(page.render([:], partials: ["loop": loop]) == output)
}

@Test func partialRecursionEndsWithData() throws {
    let node = try MustacheTemplate(source: "{{name}}({{#children}}{{>node}}{{/children}})", name: "node")
    // A leaf needs its own empty `children`: without it, lookup falls back to the parent's list.
    let tree: TemplateValue = ["name": "a", "children": [["name": "b", "children": [["name": "c", "children": []]]]]]
    var diagnostics = DiagnosticList()
    let output = node.render(tree, partials: ["node": node], diagnostics: &diagnostics)
    #expect(output == "a(b(c()))")
    #expect(diagnostics.items.isEmpty)
}

@Test func nestedStandalonePartialIndentation() throws {
    let output = try render(
        "<body>\n  {{>list}}\n</body>\n",
        ["items": ["a", "b"]],
        partials: ["list": "<ul>\n{{#items}}\n  {{>item}}\n{{/items}}\n</ul>\n", "item": "<li>{{.}}</li>\n"]
    )
    #expect(output == "<body>\n  <ul>\n    <li>a</li>\n    <li>b</li>\n  </ul>\n</body>\n")
}

@Test func inlinePartialNotIndented() throws {
    let output = try render("  {{>p}}\n", partials: ["p": "<{{>q}}>\n", "q": "1\n2"])
    #expect(output == "  <1\n2>\n")
}

@Test func literalConversions() {
    let owner: String? = nil
    #expect(TemplateValue(owner) == .null)
    #expect(TemplateValue(["a", "b"]) == .list([.string("a"), .string("b")]))
    #expect(TemplateValue(["n": 2]) == .object(["n": .int(2)]))
    let literal: TemplateValue = ["x": [1, 2.5, true, nil, "s"]]
    #expect(literal == .object(["x": .list([.int(1), .double(2.5), .bool(true), .null, .string("s")])]))
}
