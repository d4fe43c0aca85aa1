import Testing
@testable import WaymarkCore

@Suite struct ImportDateTests {
    private func days(_ values: [String], order: DateOrder? = nil) throws -> [String?] {
        try DateColumnParser(order: order).parseColumn(values).days.map { $0?.description }
    }

    @Test func isoDatesKeepCalendarDate() throws {
        let result = try days(["2027-03-15", "2027-03-15 10:00:00", "2027-03-15T23:30:00Z", "2027-03-15T23:30:00-08:00", ""])
        #expect(result == ["2027-03-15", "2027-03-15", "2027-03-15", "2027-03-15", nil])
    }

    @Test func dayAbove12DecidesDMY() throws {
        let column = try DateColumnParser().parseColumn(["03/04/2027", "15/04/2027", "01/02/2027"])
        #expect(column.order == .dmy)
        #expect(column.days.map { $0?.description } == ["2027-04-03", "2027-04-15", "2027-02-01"])
    }

    @Test func secondPartAbove12DecidesMDY() throws {
        let column = try DateColumnParser().parseColumn(["03/04/2027", "04/15/2027 9:30 AM"])
        #expect(column.order == .mdy)
        #expect(column.days.map { $0?.description } == ["2027-03-04", "2027-04-15"])
    }

    @Test func ambiguousColumnIsAnError() throws {
        #expect(throws: DateColumnParser.ColumnFailure.ambiguous(example: 1)) {
            try DateColumnParser().parseColumn(["", "03/04/2027", "05/06/2027"])
        }
    }

    @Test func conflictingColumnIsAnError() throws {
        #expect(throws: DateColumnParser.ColumnFailure.conflicting(dmyExample: 1, mdyExample: 0)) {
            try DateColumnParser().parseColumn(["04/15/2027", "15/04/2027"])
        }
    }

    @Test func namedOrderSettlesAmbiguity() throws {
        #expect(try days(["03/04/2027"], order: .dmy) == ["2027-04-03"])
        #expect(try days(["03/04/2027"], order: .mdy) == ["2027-03-04"])
    }

    @Test func valueAgainstNamedOrderIsInvalid() throws {
        let column = try DateColumnParser(order: .mdy).parseColumn(["15/04/2027", "04/15/2027"])
        #expect(column.invalid == [0])
        #expect(column.days[1]?.description == "2027-04-15")
    }

    @Test func sameDayAndMonthNeedNoOrder() throws {
        #expect(try days(["05/05/2027"]) == ["2027-05-05"])
    }

    @Test func invalidValuesAreListed() throws {
        let column = try DateColumnParser().parseColumn(["2027-02-30", "soon", "2027-03/15", "2027-03-15", "15.03.2027"])
        #expect(column.invalid == [0, 1, 2])
        #expect(column.days[4]?.description == "2027-03-15")
    }
}
