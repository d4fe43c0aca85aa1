import Foundation
import Testing
@testable import WaymarkCore

@Suite struct ImportAmountTests {
    static let cases: [(String, String, String?)] = [
        ("$1,200.50", "1200.5", "USD"),
        ("1.200,50 €", "1200.5", "EUR"),
        ("¥12,000", "12000", "CNY"),
        ("￥12,000", "12000", "CNY"),
        ("CNY 8000", "8000", "CNY"),
        ("8000 USD", "8000", "USD"),
        ("-1 234,5", "-1234.5", nil),
        ("12000", "12000", nil),
        ("(1,200.00)", "-1200", nil),
        ("-$5", "-5", "USD"),
        ("$-5", "-5", "USD"),
        ("£0.99", "0.99", "GBP"),
        ("1'234.50", "1234.5", nil),
        ("1,234,567.89", "1234567.89", nil),
        ("1.234.567", "1234567", nil),
        ("0,125", "0.125", nil),
        ("12,5", "12.5", nil),
        ("1234,567", "1234.567", nil),
        ("210833.37", "210833.37", nil),
    ]

    @Test(arguments: cases) func readsAmount(_ text: String, _ value: String, _ currency: String?) {
        let amounts = AmountParser().parseColumn([text])
        #expect(amounts[0]?.plainValue == value)
        #expect(amounts[0]?.currency == currency)
    }

    @Test(arguments: ["abc", "1,2,3", "$", "((5))", "1.2.3,4,5", "12 apples", "1,00,000", "--5"])
    func rejectsNonAmount(_ text: String) {
        #expect(AmountParser().parseColumn([text])[0] == nil)
    }

    @Test func emptyAmountIsMissing() {
        #expect(AmountParser().read("  ") == .empty)
    }

    @Test func loneGroupingIsAmbiguous() {
        guard case .ambiguous(let grouping, let decimal, let separator) = AmountParser().read("1,200") else {
            Issue.record("1,200 should be ambiguous")
            return
        }
        #expect(grouping.plainValue == "1200")
        #expect(decimal.plainValue == "1.2")
        #expect(separator == ",")
    }

    @Test func columnEvidenceDecidesAmbiguousValue() {
        let commaDecimal = AmountParser().parseColumn(["1,200", "3,5"]).map { $0?.plainValue }
        #expect(commaDecimal == ["1.2", "3.5"])
        let dotDecimal = AmountParser().parseColumn(["1,200", "3.50"]).map { $0?.plainValue }
        #expect(dotDecimal == ["1200", "3.5"])
        let noEvidence = AmountParser().parseColumn(["1.200", "7"]).map { $0?.plainValue }
        #expect(noEvidence == ["1200", "7"])
    }

    @Test func yenCanMeanJPY() {
        var symbols = AmountParser.defaultSymbols
        symbols["¥"] = "JPY"
        #expect(AmountParser(symbols: symbols).parseColumn(["¥1,000"])[0]?.currency == "JPY")
    }

    @Test func dollarCanMeanOtherCurrency() {
        var symbols = AmountParser.defaultSymbols
        symbols["$"] = "CAD"
        #expect(AmountParser(symbols: symbols).parseColumn(["$10"])[0]?.currency == "CAD")
    }

    @Test func valueIsExactDecimal() {
        let amount = AmountParser().parseColumn(["0.10"])[0]
        #expect(amount?.value == Decimal(string: "0.1"))
        #expect(AmountParser().parseColumn(["123456789012345678.91"])[0]?.plainValue == "123456789012345678.91")
    }
}
