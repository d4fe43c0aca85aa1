import Testing
@testable import WaymarkCore

@Test func textWidthCountsCJKAsFullWidth() {
    #expect(TextWidth.estimate("路线图", fontSize: 10) == 30)
    #expect(TextWidth.estimate("カタカナ", fontSize: 10) == 40)
    #expect(TextWidth.estimate("한국", fontSize: 10) == 20)
    #expect(TextWidth.estimate("ＡＢ", fontSize: 10) == 20)
    #expect(TextWidth.estimate("，。", fontSize: 10) == 20)
}

@Test func textWidthCountsASCIIAsNarrow() {
    #expect(abs(TextWidth.estimate("Roadmap", fontSize: 10) - 38.5) < 1e-9)
    #expect(abs(TextWidth.estimate("Q1 2027", fontSize: 20) - 77) < 1e-9)
    #expect(TextWidth.estimate("", fontSize: 12) == 0)
}

@Test func textWidthMixedAndZeroWidth() {
    // "2027年1月": six ASCII digits at 0.55 em and two ideographs at 1 em.
    #expect(abs(TextWidth.estimate("2027年1月", fontSize: 10) - 47.5) < 1e-9)
    // A combining acute accent adds nothing, so "é" as e + U+0301 is as wide as "e".
    #expect(TextWidth.estimate("e\u{301}", fontSize: 10) == TextWidth.estimate("e", fontSize: 10))
    #expect(abs(TextWidth.estimate("Ж", fontSize: 10) - 6) < 1e-9)
}

@Test func truncateKeepsTextThatFits() {
    #expect(TextWidth.truncate("Acme", toFit: 100, fontSize: 12) == "Acme")
}

@Test func truncateAddsEllipsis() {
    // Budget 50 px at 10 px: "…" takes 10, so four ideographs fit.
    #expect(TextWidth.truncate("华东区年度续约谈判", toFit: 50, fontSize: 10) == "华东区年…")
    // Trailing spaces before the ellipsis are dropped: "Acme " fits, "Acme" remains.
    #expect(TextWidth.truncate("Acme renewal", toFit: 40, fontSize: 10) == "Acme…")
}

@Test func truncateReturnsNilWhenNothingFits() {
    #expect(TextWidth.truncate("路线图", toFit: 15, fontSize: 10) == nil)
}
