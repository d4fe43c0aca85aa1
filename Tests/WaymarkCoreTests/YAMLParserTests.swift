import Testing
@testable import WaymarkCore

@Test func yamlScalarsStayStrings() throws {
    let node = try #require(try YAMLParser.parse("flag: NO\nversion: 1.20\nmonth: 2027-01\nempty:\nquoted: \"null\"\n"))
    #expect(node["flag"]?.string == "NO")
    #expect(node["version"]?.string == "1.20")
    #expect(node["month"]?.string == "2027-01")
    #expect(node["empty"]?.string == "")
    #expect(node["empty"]?.isNull == true)
    #expect(node["quoted"]?.string == "null")
    #expect(node["quoted"]?.isNull == false)
    #expect(node["quoted"]?.scalarStyle == .doubleQuoted)
    #expect(node["flag"]?.scalarStyle == .plain)
}

@Test func yamlMarksAreOneBased() throws {
    let node = try #require(try YAMLParser.parse("title: 云帆\ntags:\n  - 单点登录\n  - sso\n"))
    #expect(node["title"]?.mark == YAMLMark(line: 1, column: 8))
    #expect(node.pair("tags")?.keyMark == YAMLMark(line: 2, column: 1))
    #expect(node["tags"]?.sequence?.map(\.mark) == [YAMLMark(line: 3, column: 5), YAMLMark(line: 4, column: 5)])
    #expect(node["tags"]?.sequence?.compactMap(\.string) == ["单点登录", "sso"])
}

@Test func yamlColumnsCountScalars() throws {
    let node = try #require(try YAMLParser.parse("区域: 华东\n"))
    #expect(node["区域"]?.mark == YAMLMark(line: 1, column: 5))
}

@Test func yamlMappingKeepsOrder() throws {
    let node = try #require(try YAMLParser.parse("b: 1\na: 2\nc: {y: 3, x: 4}\n"))
    #expect(node.mapping?.map(\.key) == ["b", "a", "c"])
    #expect(node["c"]?.mapping?.map(\.key) == ["y", "x"])
    #expect(node["missing"] == nil)
    #expect(node["b"]?["x"] == nil)
}

@Test func yamlEmptyTextHasNoDocument() throws {
    #expect(try YAMLParser.parse("") == nil)
    #expect(try YAMLParser.parse("# only a comment\n") == nil)
}

@Test func yamlDuplicateKeyRejected() {
    #expect(throws: YAMLError(.duplicateKey("title", firstMark: YAMLMark(line: 1, column: 1)), at: YAMLMark(line: 3, column: 1))) {
        try YAMLParser.parse("title: A\ntags: [x]\ntitle: B\n")
    }
    let error = YAMLError(.duplicateKey("title", firstMark: YAMLMark(line: 1, column: 1)), at: YAMLMark(line: 3, column: 1))
    #expect(
        error.diagnostic(file: "content/a.md", firstLine: 2).formatted(.en)
            == "content/a.md:4:1: error: field `title`: duplicate key `title`, first set on line 2. Fix: keep one of the two entries"
    )
}

@Test func yamlSyntaxErrorLocation() {
    do {
        _ = try YAMLParser.parse("title: A\ntags: [x, y\n")
        Issue.record("expected a syntax error")
    } catch {
        #expect(error.mark == YAMLMark(line: 3, column: 1))
        #expect(
            error.diagnostic(file: "a.md", firstLine: 2).formatted(.en)
                == "a.md:4:1: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts on line 3). Fix: check the indentation and quote values that contain `: ` or start with a special character"
        )
    }
}

@Test func yamlTabIndentationNamed() {
    do {
        _ = try YAMLParser.parse("team: sales\nquota:\n\t2027: 8000000\n")
        Issue.record("expected a tab error")
    } catch {
        #expect(error.kind == .tabIndentation(problem: "found character that cannot start any token"))
        #expect(error.mark == YAMLMark(line: 3, column: 1))
        #expect(
            error.diagnostic(file: "a.md").formatted(.en)
                == "a.md:3:1: error: invalid YAML: a tab is used for indentation (found character that cannot start any token). Fix: indent with spaces; YAML does not allow tabs"
        )
    }
}

@Test func yamlAliasResolved() throws {
    let node = try #require(try YAMLParser.parse("base: &b {region: 华东}\ncopy: *b\nlist: [&x one, *x]\n"))
    #expect(node["copy"]?["region"]?.string == "华东")
    #expect(node["list"]?.sequence?.compactMap(\.string) == ["one", "one"])
}

@Test func yamlUnknownAliasRejected() {
    #expect(throws: YAMLError(.unknownAlias("nope"), at: YAMLMark(line: 1, column: 4))) {
        try YAMLParser.parse("a: *nope\n")
    }
}

@Test func yamlAliasBombRejected() {
    var text = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
        let alias = "*a\(level - 1)"
        text += "a\(level): &a\(level) [\(Array(repeating: alias, count: 9).joined(separator: ", "))]\n"
    }
    do {
        _ = try YAMLParser.parse(text)
        Issue.record("expected the alias bomb to be rejected")
    } catch {
        #expect(error.kind == .tooManyNodes(limit: YAMLParser.defaultNodeLimit))
    }
}

@Test func yamlDeepNestingRejected() {
    let text = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
    do {
        _ = try YAMLParser.parse(text)
        Issue.record("expected deep nesting to be rejected")
    } catch {
        #expect(error.kind == .tooDeep(limit: YAMLParser.depthLimit))
    }
}

@Test func yamlComplexKeyRejected() {
    #expect(throws: YAMLError(.complexKey, at: YAMLMark(line: 1, column: 3))) {
        try YAMLParser.parse("? [a, b]\n: c\n")
    }
}

@Test func yamlSecondDocumentRejected() {
    #expect(throws: YAMLError(.multipleDocuments, at: YAMLMark(line: 2, column: 1))) {
        try YAMLParser.parse("a: 1\n---\nb: 2\n")
    }
}
