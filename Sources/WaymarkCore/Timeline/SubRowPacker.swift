/// Greedy interval packing of a lane's items into sub-rows.
enum SubRowPacker {
    /// A horizontal extent in pixels, `start` to `end`.
    struct Extent: Hashable {
        var start: Double
        var end: Double
    }

    private struct BusyRow: Comparable {
        var end: Double
        var row: Int

        static func < (lhs: BusyRow, rhs: BusyRow) -> Bool {
            (lhs.end, lhs.row) < (rhs.end, rhs.row)
        }
    }

    /// Assigns each extent the lowest sub-row whose last extent ends at least `gap` pixels before it
    /// starts, opening a new sub-row when none does. The extents must be sorted by `start`. The
    /// result equals that of a linear first-fit scan, but two heaps make it O(n log n).
    /// Returns one sub-row index per extent and the number of sub-rows.
    static func pack(_ extents: [Extent], gap: Double) -> (rows: [Int], rowCount: Int) {
        var rows: [Int] = []
        rows.reserveCapacity(extents.count)
        var busy = MinHeap<BusyRow>()
        var free = MinHeap<Int>()
        var rowCount = 0
        for extent in extents {
            // Since starts never decrease, a row that is free for this extent stays free for later ones.
            while let top = busy.peek, top.end + gap <= extent.start {
                _ = busy.pop()
                free.push(top.row)
            }
            let row: Int
            if let freeRow = free.pop() {
                row = freeRow
            } else {
                row = rowCount
                rowCount += 1
            }
            rows.append(row)
            busy.push(BusyRow(end: extent.end, row: row))
        }
        return (rows, rowCount)
    }
}
