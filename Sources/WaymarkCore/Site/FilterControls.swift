/// The filter form of a page: one select per key, with the values that occur on the page.
/// `assets/waymark.js` hides the items whose `data-f-<key>` does not match and keeps the choice in the URL.
struct FilterControls {
    struct Dimension {
        var key: String
        var label: String
        /// Display text for each value; values without one show as written.
        var valueLabels: [String: String] = [:]
    }

    let dimensions: [Dimension]

    /// Builds the template value from the filter values of the page's items; a dimension with
    /// fewer than two values is left out because it could not narrow anything.
    func context(_ itemValues: [[String: String]]) -> TemplateValue {
        var filters: [TemplateValue] = []
        for dimension in dimensions {
            var values = Set<String>()
            for item in itemValues {
                for value in (item[dimension.key] ?? "").split(separator: "|") { values.insert(String(value)) }
            }
            guard values.count >= 2 else { continue }
            let options: [TemplateValue] = values.sorted { (dimension.valueLabels[$0] ?? $0, $0) < (dimension.valueLabels[$1] ?? $1, $1) }.map {
                .object(["value": .string($0), "label": .string(dimension.valueLabels[$0] ?? $0)])
            }
            filters.append(.object(["key": .string(dimension.key), "label": .string(dimension.label), "options": .list(options)]))
        }
        return .list(filters)
    }
}
