import Testing
@testable import WaymarkCore

@Suite struct ImportCSVReaderTests {
    @Test func bomAndCRLFAreHandled() throws {
        let table = try CSVReader().read("\u{FEFF}id,name\r\n1,Alpha\r\n2,Beta\r\n", file: "deals.csv")
        #expect(table.header.fields == ["id", "name"])
        #expect(table.records.map(\.fields) == [["1", "Alpha"], ["2", "Beta"]])
        #expect(table.records.map(\.line) == [2, 3])
    }

    @Test func quotedLineBreakCountsPhysicalLines() throws {
        let text = "id,notes\n1,\"first\r\nsecond\"\n2,\"a \"\"quote\"\", b\"\n3,plain\n"
        let table = try CSVReader().read(text, file: "x.csv")
        #expect(table.records.map(\.line) == [2, 4, 5])
        #expect(table.records[0].fields[1] == "first\nsecond")
        #expect(table.records[1].fields[1] == "a \"quote\", b")
    }

    @Test func fieldStartsFollowQuotedLineBreaks() throws {
        let text = "id,notes,amount\n1,\"a\r\nb\",x\n2,,\"y\"\n"
        let table = try CSVReader().read(text, file: "x.csv")
        #expect(table.records.map(\.line) == [2, 4])
        #expect(table.records[0].fieldStarts == [
            CSVPosition(line: 2, column: 1), CSVPosition(line: 2, column: 3), CSVPosition(line: 3, column: 4),
        ])
        #expect(table.records[1].fieldStarts == [
            CSVPosition(line: 4, column: 1), CSVPosition(line: 4, column: 3), CSVPosition(line: 4, column: 4),
        ])
        #expect(table.records[0].location(ofField: 2, in: "x.csv") == SourceLocation(file: "x.csv", line: 3, column: 4))
        #expect(table.records[0].location(ofField: 5, in: "x.csv") == SourceLocation(file: "x.csv", line: 2, column: 1))
    }

    @Test func semicolonDelimiterIsDetected() throws {
        let table = try CSVReader().read("id;amount;note\n1;1.200,50;\"a;b\"\n", file: "x.csv")
        #expect(table.delimiter == ";")
        #expect(table.records[0].fields == ["1", "1.200,50", "a;b"])
    }

    @Test func tabDelimiterIsDetected() throws {
        let table = try CSVReader().read("id\t\"name, with comma\"\n1\tx\n", file: "x.csv")
        #expect(table.delimiter == "\t")
        #expect(table.header.fields == ["id", "name, with comma"])
    }

    @Test func commaInsideQuotesDoesNotCountForDetection() throws {
        let table = try CSVReader().read("\"a;b;c\",d\n1,2\n", file: "x.csv")
        #expect(table.delimiter == ",")
    }

    @Test func excelSepLineSetsDelimiter() throws {
        let table = try CSVReader().read("sep=;\r\nid;name\r\n1;x\r\n", file: "x.csv")
        #expect(table.delimiter == ";")
        #expect(table.header.fields == ["id", "name"])
        #expect(table.header.line == 2)
        #expect(table.records.first?.line == 3)
    }

    @Test func givenDelimiterWins() throws {
        let table = try CSVReader(delimiter: "|").read("a|b,c\n1|2,3\n", file: "x.csv")
        #expect(table.records[0].fields == ["1", "2,3"])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let table = try CSVReader().read("id\n\n1\n\n\n2", file: "x.csv")
        #expect(table.records.map(\.line) == [3, 6])
    }

    @Test func unterminatedQuoteReportsLineAndColumn() throws {
        let error = #expect(throws: ImportError.self) {
            try CSVReader().read("id,name\n1,ok\n2,\"never\nclosed\n", file: "bad.csv")
        }
        let location = error?.diagnostics.first?.location
        #expect(location == SourceLocation(file: "bad.csv", line: 3, column: 3))
        #expect(error?.diagnostics.first?.problem.zh.isEmpty == false)
    }

    @Test func textAfterClosingQuoteIsAnError() throws {
        let error = #expect(throws: ImportError.self) {
            try CSVReader().read("id,name\n1,\"ab\"c,d\n", file: "bad.csv")
        }
        #expect(error?.diagnostics.first?.location?.line == 2)
        #expect(error?.diagnostics.first?.location?.column == 7)
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: ImportError.self) {
            try CSVReader().read("\u{FEFF}", file: "empty.csv")
        }
    }
}
