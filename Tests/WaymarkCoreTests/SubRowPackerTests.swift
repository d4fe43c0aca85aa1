import Testing
@testable import WaymarkCore

private func extents(_ pairs: [(Double, Double)]) -> [SubRowPacker.Extent] {
    pairs.map { SubRowPacker.Extent(start: $0.0, end: $0.1) }
}

@Test func packerPutsOverlapsInNewRows() {
    let result = SubRowPacker.pack(extents([(0, 10), (5, 15), (8, 9), (12, 20), (17, 30)]), gap: 1)
    #expect(result.rows == [0, 1, 2, 0, 1])
    #expect(result.rowCount == 3)
}

@Test func packerReusesLowestFreeRow() {
    // Rows 1 and 2 are both free by 25, and the item takes row 1, the lowest.
    let result = SubRowPacker.pack(extents([(0, 100), (0, 10), (0, 20), (25, 30)]), gap: 2)
    #expect(result.rows == [0, 1, 2, 1])
}

@Test func packerRespectsGap() {
    #expect(SubRowPacker.pack(extents([(0, 10), (11, 20)]), gap: 2).rows == [0, 1])
    #expect(SubRowPacker.pack(extents([(0, 10), (12, 20)]), gap: 2).rows == [0, 0])
}

@Test func packerMatchesLinearFirstFit() {
    // A deterministic pseudo-random set, compared with the obvious O(n × rows) first-fit scan.
    var state: UInt64 = 42
    func next(_ bound: Int) -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(Int((state >> 33) % UInt64(bound)))
    }
    var pairs: [(Double, Double)] = (0..<500).map { _ in
        let start = next(1000)
        return (start, start + 1 + next(80))
    }
    pairs.sort { $0.0 < $1.0 }
    let result = SubRowPacker.pack(extents(pairs), gap: 2)

    var rowEnds: [Double] = []
    var expected: [Int] = []
    for (start, end) in pairs {
        if let row = rowEnds.firstIndex(where: { $0 + 2 <= start }) {
            rowEnds[row] = end
            expected.append(row)
        } else {
            rowEnds.append(end)
            expected.append(rowEnds.count - 1)
        }
    }
    #expect(result.rows == expected)
    #expect(result.rowCount == rowEnds.count)
}
