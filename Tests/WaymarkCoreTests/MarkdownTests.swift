import Testing
@testable import WaymarkCore

@Test func markdownRendersCommonMark() {
    #expect(MarkdownRenderer.html("# 单点登录\n\nSign in *once*.\n") == "<h1>单点登录</h1>\n<p>Sign in <em>once</em>.</p>\n")
    #expect(MarkdownRenderer.html("") == "")
}

@Test func markdownDropsRawHTML() {
    #expect(
        MarkdownRenderer.html("<script>alert(1)</script>\n\nText <b>bold</b>\n")
            == "<!-- raw HTML omitted -->\n<p>Text <!-- raw HTML omitted -->bold<!-- raw HTML omitted --></p>\n"
    )
}

@Test func markdownEmptiesDangerousLinks() {
    #expect(MarkdownRenderer.html("[x](javascript:alert(1))\n") == "<p><a href=\"\">x</a></p>\n")
    #expect(MarkdownRenderer.html("[x](VBScript:msgbox)\n") == "<p><a href=\"\">x</a></p>\n")
    #expect(MarkdownRenderer.html("[x](file:///etc/passwd)\n") == "<p><a href=\"\">x</a></p>\n")
    #expect(MarkdownRenderer.html("[x](data:text/html,hi)\n") == "<p><a href=\"\">x</a></p>\n")
    #expect(MarkdownRenderer.html("![x](data:image/png;base64,AA)\n") == "<p><img src=\"data:image/png;base64,AA\" alt=\"x\" /></p>\n")
    #expect(MarkdownRenderer.html("[x](https://example.com)\n") == "<p><a href=\"https://example.com\">x</a></p>\n")
}

@Test func markdownSmartPunctuationOff() {
    #expect(MarkdownRenderer.html("\"Q1\" -- it's done...\n") == "<p>&quot;Q1&quot; -- it's done...</p>\n")
}

@Test func plainTextFromMarkdown() {
    let markdown = """
        # Single sign-on

        Sign in **once** with [SAML](https://example.com/saml) and `OIDC`.
        Works on ![phones](phone.png).

        - Okta
        - Azure AD

        <div>hidden</div>

        ```
        code line
        ```
        """
    #expect(
        MarkdownRenderer.plainText(markdown)
            == "Single sign-on\nSign in once with SAML and OIDC. Works on phones.\nOkta\nAzure AD\ncode line"
    )
}

@Test func bodySplitAtInternalMarker() {
    let body = MarkdownBody(splitting: "Public text.\n\n  <!-- internal -->  \nAsked by 华东 accounts.\n", firstLine: 5)
    #expect(body.description == "Public text.\n\n")
    #expect(body.internalNotes == "Asked by 华东 accounts.\n")
    #expect(body.internalNotesFirstLine == 8)
}

@Test func bodyWithoutMarker() {
    let body = MarkdownBody(splitting: "Text with <!-- internal --> inline.\n")
    #expect(body.description == "Text with <!-- internal --> inline.\n")
    #expect(body.internalNotes == nil)
    #expect(body.internalNotesFirstLine == nil)
}

@Test func bodyMarkerInFenceIgnored() {
    let text = """
        Write the marker like this:

        ````markdown
        ```
        <!-- internal -->
        ```
        ````

        ~~~
        <!-- internal -->
        ~~~
        <!-- internal -->
        Secret.
        """
    let body = MarkdownBody(splitting: text, firstLine: 1)
    #expect(body.description.hasSuffix("~~~\n<!-- internal -->\n~~~\n"))
    #expect(body.internalNotes == "Secret.")
    #expect(body.internalNotesFirstLine == 13)
}

@Test func bodyMarkerWithCRLF() {
    let body = MarkdownBody(splitting: "Public.\r\n<!-- internal -->\r\nNotes.\r\n")
    #expect(body.description == "Public.\r\n")
    #expect(body.internalNotes == "Notes.\r\n")
    #expect(body.internalNotesFirstLine == 3)
}

@Test func bodyUnclosedFenceHidesMarker() {
    let body = MarkdownBody(splitting: "```\ncode\n<!-- internal -->\nmore\n")
    #expect(body.internalNotes == nil)
}

@Test func markdownReplacesEmptiedImageWithAlt() {
    let html = MarkdownRenderer.html("See ![the mock-up](javascript:alert(1)) and ![ok](pic.png).")
    #expect(html == "<p>See the mock-up and <img src=\"pic.png\" alt=\"ok\" />.</p>\n")
}
