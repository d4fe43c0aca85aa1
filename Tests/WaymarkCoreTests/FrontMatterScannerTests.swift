import Testing
@testable import WaymarkCore

@Test func frontMatterBOMAndCRLF() throws {
    let text = "\u{FEFF}---\r\ntitle: 单点登录\r\ntags: [sso]\r\n---\r\nFirst line.\r\nSecond line.\r\n"
    let matter = try FrontMatterScanner.scan(text)
    #expect(matter.yaml == "title: 单点登录\ntags: [sso]")
    #expect(matter.yamlFirstLine == 2)
    #expect(matter.body == "First line.\nSecond line.\n")
    #expect(matter.bodyFirstLine == 5)
    let node = try #require(try matter.parseYAML())
    #expect(node["title"]?.string == "单点登录")
}

@Test func frontMatterAbsent() throws {
    let matter = try FrontMatterScanner.scan("# Title\n\n---\n\nText\n")
    #expect(matter.yaml == nil)
    #expect(matter.body == "# Title\n\n---\n\nText\n")
    #expect(matter.bodyFirstLine == 1)
    #expect(try matter.parseYAML() == nil)
}

@Test func frontMatterEmpty() throws {
    let matter = try FrontMatterScanner.scan("---\n---")
    #expect(matter.yaml == "")
    #expect(matter.body == "")
    #expect(matter.bodyFirstLine == 3)
    #expect(try matter.parseYAML() == nil)
}

@Test func frontMatterMissingClosingLine() {
    #expect(throws: FrontMatterError.missingClosingLine(openingLine: 1)) {
        try FrontMatterScanner.scan("---\ntitle: A\n\nBody without a closing line.\n")
    }
    let diagnostic = FrontMatterError.missingClosingLine(openingLine: 1).diagnostic(file: "content/features/sso.md")
    #expect(
        diagnostic.formatted(.en)
            == "content/features/sso.md:1:1: error: the front matter that starts on line 1 has no closing `---` line. Fix: add a line `---` after the front matter"
    )
    #expect(
        diagnostic.formatted(.zhCN)
            == "content/features/sso.md:1:1: 错误: 第 1 行开始的 front matter 缺少结束的 `---` 行。修复：在 front matter 之后加一行 `---`"
    )
}

@Test func frontMatterBodyKeepsLaterFences() throws {
    let matter = try FrontMatterScanner.scan("---\ntitle: A\n---\nIntro\n\n---\n\nMore\n---\n")
    #expect(matter.yaml == "title: A")
    #expect(matter.body == "Intro\n\n---\n\nMore\n---\n")
    #expect(matter.bodyFirstLine == 4)
}

@Test func frontMatterFenceTrailingBlanks() throws {
    let matter = try FrontMatterScanner.scan("---  \ntitle: A\n--- \t\nBody\n")
    #expect(matter.yaml == "title: A")
    #expect(matter.body == "Body\n")
}

@Test func frontMatterFenceMustBeExact() throws {
    let longer = try FrontMatterScanner.scan("----\ntitle: A\n----\n")
    #expect(longer.yaml == nil)
    let indented = try FrontMatterScanner.scan("---\ntitle: A\n ---\n---\nBody\n")
    #expect(indented.yaml == "title: A\n ---")
    #expect(indented.bodyFirstLine == 5)
}

@Test func frontMatterTabMapsToFileLine() throws {
    let matter = try FrontMatterScanner.scan("---\ntitle: A\nquota:\n\t2027: 8000000\n---\nBody\n")
    do {
        _ = try matter.parseYAML()
        Issue.record("expected a tab error")
    } catch {
        #expect(
            error.diagnostic(file: "content/reps/li.md", firstLine: matter.yamlFirstLine).formatted(.en)
                == "content/reps/li.md:4:1: error: invalid YAML: a tab is used for indentation (found character that cannot start any token). Fix: indent with spaces; YAML does not allow tabs"
        )
    }
}

@Test func frontMatterSyntaxErrorMapsToFileLine() throws {
    let matter = try FrontMatterScanner.scan("\u{FEFF}---\r\ntitle: A\r\nsummary: Faster: sign-in\r\n---\r\n")
    do {
        _ = try matter.parseYAML()
        Issue.record("expected a syntax error")
    } catch {
        #expect(matter.location(of: error.mark, file: "a.md") == SourceLocation(file: "a.md", line: 3, column: 16))
        #expect(
            error.diagnostic(file: "a.md", firstLine: matter.yamlFirstLine).formatted(.en)
                == "a.md:3:16: error: invalid YAML: mapping values are not allowed in this context. Fix: check the indentation and quote values that contain `: ` or start with a special character"
        )
    }
}
