/// Serializes the drawn items as an HTML `<table>`, the accessible twin of the SVG for screen
/// readers and readers without CSS.
enum TimelineTableWriter {
    /// Writes one row per item, in the SVG's order: by lane, then by start. The label cell is the
    /// row header. Extra cells are padded or cut to the number of `extraColumnHeaders`.
    static func write(_ items: [TimelineLayout.Item], options: TimelineOptions) -> String {
        let strings = options.strings
        var html = "<table class=\"wm-tl-table\" id=\"\(escape(options.idPrefix))-table\">\n"
        html += "<caption>\(escape(strings.tableCaption))</caption>\n"
        html += "<thead>\n<tr>"
        let headers = [strings.laneHeader, strings.itemHeader, strings.startHeader, strings.endHeader, strings.colorHeader]
            + strings.extraColumnHeaders + [strings.milestonesHeader]
        for header in headers {
            html += "<th scope=\"col\">\(escape(header))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"

        let extraCount = strings.extraColumnHeaders.count
        for item in items {
            let entry = item.entry
            let filters = entry.filterValues.isEmpty ? "" : " data-item" + entry.filterValues.sorted { $0.key < $1.key }
                .map { " data-f-\(escape($0.key))=\"\(escape($0.value))\"" }.joined()
            html += "<tr data-id=\"\(escape(entry.id))\"\(filters)>"
            html += "<td>\(escape(entry.lane))</td>"
            if let href = item.href {
                html += "<th scope=\"row\"><a href=\"\(escape(href))\">\(escape(entry.label))</a></th>"
            } else {
                html += "<th scope=\"row\">\(escape(entry.label))</th>"
            }
            html += "<td>\(time(entry.start))</td>"
            html += "<td>\(time(entry.isMilestone ? entry.start : entry.end))</td>"
            html += "<td>\(escape(entry.colorLabel))</td>"
            for index in 0..<extraCount {
                let cell = index < entry.extraColumns.count ? entry.extraColumns[index] : ""
                html += "<td>\(escape(cell))</td>"
            }
            html += "<td>\(milestoneList(entry.milestones))</td>"
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        return html
    }

    private static func milestoneList(_ milestones: [TimelineMilestone]) -> String {
        guard !milestones.isEmpty else { return "" }
        let sorted = milestones.sorted { ($0.day, $0.name) < ($1.day, $1.name) }
        var html = "<ul class=\"wm-tl-milestones\">"
        for milestone in sorted {
            html += "<li>\(escape(milestone.name)) \(time(milestone.day))</li>"
        }
        return html + "</ul>"
    }

    // NOTE: dates print in ISO 8601 in both languages, because no localized long form exists yet.
    private static func time(_ day: CalendarDay) -> String {
        "<time datetime=\"\(day)\">\(day)</time>"
    }

    private static func escape(_ text: String) -> String {
        XMLEscaping.escape(text)
    }
}
