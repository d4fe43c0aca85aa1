/// One timeline per grouping on one page: every SVG is rendered into the page, the first one
/// shows and the others carry `hidden` until `assets/waymark.js` swaps them by the group select.
struct GroupedTimeline {
    struct Grouping {
        /// The field that names the swimlanes, also the `group` URL parameter's value.
        var field: String
        var label: String
        var entries: [TimelineEntry]
        var laneOrder: TimelineLaneOrder = .alphabetical
    }

    let groupings: [Grouping]
    let options: TimelineOptions

    /// Renders the panels, the select's options and the table of the first grouping's items.
    func context() -> [String: TemplateValue] {
        var panels: [TemplateValue] = []
        var table = ""
        for (index, grouping) in groupings.enumerated() {
            var groupOptions = options
            groupOptions.idPrefix = options.idPrefix + "-" + grouping.field
            groupOptions.strings.laneHeader = grouping.label
            groupOptions.laneOrder = grouping.laneOrder
            let rendered = TimelineRenderer.render(grouping.entries, options: groupOptions)
            if index == 0 { table = rendered.table }
            panels.append(.object([
                "key": .string(grouping.field),
                "label": .string(grouping.label),
                "svg": .string(rendered.svg),
                "isDefault": .bool(index == 0),
            ]))
        }
        return [
            "groups": .list(panels),
            "table": .string(table),
            "hasGroupings": .bool(groupings.count > 1),
            "groupings": .list(panels),
        ]
    }
}
