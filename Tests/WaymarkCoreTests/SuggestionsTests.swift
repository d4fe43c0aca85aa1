import Testing
@testable import WaymarkCore

@Test func suggestionPrefersSwappedLetters() {
    #expect(Suggestions.editDistance("stauts", "status") == 1)
    #expect(Suggestions.editDistance("stauts", "start") == 2)
    #expect(Suggestions.closest(to: "stauts", among: ["start", "status", "summary"], limit: 1) == ["status"])
}

@Test func editDistanceCountsEdits() {
    #expect(Suggestions.editDistance("", "abc") == 3)
    #expect(Suggestions.editDistance("negotiaton", "negotiation") == 1)
    #expect(Suggestions.editDistance("华星制造", "华星智造") == 1)
}
