/// The result of converting records: items, plus a diagnostic for every problem in the rows that
/// were rejected. Other rows still convert when one is rejected.
public struct RecordConversion: Sendable {
    public var items: [ImportedItem]
    public var rejections: [Diagnostic]
    /// Rows rejected; a row with several problems counts once.
    public var rejectedCount: Int

    public init(items: [ImportedItem] = [], rejections: [Diagnostic] = [], rejectedCount: Int = 0) {
        self.items = items
        self.rejections = rejections
        self.rejectedCount = rejectedCount
    }
}

extension RecordConversion {
    /// Adds the items and rejections of another file's conversion.
    public mutating func append(_ other: RecordConversion) {
        items += other.items
        rejections += other.rejections
        rejectedCount += other.rejectedCount
    }
}
