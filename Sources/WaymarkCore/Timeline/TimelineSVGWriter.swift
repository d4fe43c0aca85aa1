/// Serializes a `TimelineLayout` to SVG markup. Every element has a `wm-tl-*` class for the theme,
/// and fills and strokes are also set as presentation attributes so the SVG prints without CSS.
struct TimelineSVGWriter {
    let layout: TimelineLayout
    let options: TimelineOptions
    private(set) var output = ""

    init(layout: TimelineLayout, options: TimelineOptions) {
        self.layout = layout
        self.options = options
    }

    static func write(_ layout: TimelineLayout, options: TimelineOptions) -> String {
        var writer = TimelineSVGWriter(layout: layout, options: options)
        writer.writeDocument()
        return writer.output
    }

    private mutating func writeDocument() {
        let prefix = escape(options.idPrefix)
        let width = number(layout.width)
        let height = number(layout.height)
        line(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"wm-tl\" width=\"\(width)\" height=\"\(height)\""
                + " viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"\(prefix)-title \(prefix)-desc\""
                + " font-family=\"'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif\""
                + " font-size=\"\(number(TimelineMetrics.fontSize))\">"
        )
        line("<title id=\"\(prefix)-title\">\(escape(options.strings.title))</title>")
        line("<desc id=\"\(prefix)-desc\">\(escape(options.strings.description))</desc>")
        writeLanes()
        writeAxis()
        writeItems()
        writeEmptyText()
        writeToday()
        writeLegend()
        line("</svg>")
    }

    private mutating func writeLanes() {
        line("<g class=\"wm-tl-lanes\">")
        for (index, lane) in layout.lanes.enumerated() {
            let parity = index % 2 == 0 ? "even" : "odd"
            let fill = TimelineMetrics.laneColors[index % 2]
            line("<g class=\"wm-tl-lane\" data-lane=\"\(escape(lane.name))\">")
            line(
                "<rect class=\"wm-tl-lane-band wm-tl-lane-\(parity)\" x=\"0.0\" y=\"\(number(lane.top))\""
                    + " width=\"\(number(layout.width))\" height=\"\(number(lane.height))\" fill=\"\(fill)\"/>"
            )
            if let displayName = lane.displayName {
                let baseline = lane.top + TimelineMetrics.lanePadding + TimelineMetrics.barInset
                    + TimelineMetrics.barHeight / 2 + TimelineMetrics.baselineOffset
                line(
                    "<text class=\"wm-tl-lane-label\" x=\"\(number(TimelineMetrics.margin))\" y=\"\(number(baseline))\""
                        + " fill=\"\(TimelineMetrics.textColor)\" font-weight=\"bold\"><title>\(escape(lane.name))</title>"
                        + "\(escape(displayName))</text>"
                )
            }
            line("</g>")
        }
        line("</g>")
    }

    private mutating func writeAxis() {
        let gridBottom = number(layout.lanesBottom)
        line("<g class=\"wm-tl-axis\">")
        for period in layout.periods {
            let x = number(period.x)
            line(
                "<line class=\"wm-tl-grid\" x1=\"\(x)\" y1=\"\(number(TimelineMetrics.gridTop))\" x2=\"\(x)\""
                    + " y2=\"\(gridBottom)\" stroke=\"\(TimelineMetrics.gridColor)\"/>"
            )
        }
        let right = number(layout.plotRight)
        line(
            "<line class=\"wm-tl-grid\" x1=\"\(right)\" y1=\"\(number(TimelineMetrics.gridTop))\" x2=\"\(right)\""
                + " y2=\"\(gridBottom)\" stroke=\"\(TimelineMetrics.gridColor)\"/>"
        )
        for period in layout.periods {
            guard let label = period.label else { continue }
            line(
                "<text class=\"wm-tl-axis-label\" x=\"\(number(period.labelX))\""
                    + " y=\"\(number(TimelineMetrics.axisLabelBaseline))\" text-anchor=\"\(period.labelAnchor.rawValue)\""
                    + " fill=\"\(TimelineMetrics.mutedTextColor)\">\(escape(label))</text>"
            )
        }
        let axisY = number(layout.lanesTop)
        line(
            "<line class=\"wm-tl-axis-line\" x1=\"\(number(layout.plotLeft))\" y1=\"\(axisY)\" x2=\"\(right)\""
                + " y2=\"\(axisY)\" stroke=\"\(TimelineMetrics.axisColor)\"/>"
        )
        line("</g>")
    }

    private mutating func writeItems() {
        line("<g class=\"wm-tl-items\">")
        for item in layout.items {
            writeItem(item)
        }
        line("</g>")
    }

    private func filterAttributes(_ entry: TimelineEntry) -> String {
        guard !entry.filterValues.isEmpty else { return "" }
        return " data-item" + entry.filterValues.sorted { $0.key < $1.key }
            .map { " data-f-\(escape($0.key))=\"\(escape($0.value))\"" }.joined()
    }

    private mutating func writeItem(_ item: TimelineLayout.Item) {
        let entry = item.entry
        let kind = entry.isMilestone ? "wm-tl-item wm-tl-milestone-item" : "wm-tl-item"
        line(
            "<g class=\"\(kind)\" data-id=\"\(escape(entry.id))\" data-lane=\"\(escape(entry.lane))\""
                + " data-color-key=\"\(escape(entry.colorKey))\"\(filterAttributes(entry))>"
        )
        line("<title>\(escape(entry.tooltipText))</title>")
        if let href = item.href {
            line("<a href=\"\(escape(href))\">")
        }

        let centerY = item.barTop + TimelineMetrics.barHeight / 2
        if entry.isMilestone {
            line(diamond(
                className: "wm-tl-milestone", centerX: item.barStart, centerY: centerY,
                halfSize: TimelineMetrics.milestoneHalfSize, fill: item.color, stroke: TimelineMetrics.textColor
            ))
        } else {
            line(
                "<rect class=\"wm-tl-bar\" x=\"\(number(item.barStart))\" y=\"\(number(item.barTop))\""
                    + " width=\"\(number(item.barEnd - item.barStart))\" height=\"\(number(TimelineMetrics.barHeight))\""
                    + " rx=\"\(number(TimelineMetrics.barCornerRadius))\" fill=\"\(escape(item.color))\"/>"
            )
        }

        if let label = item.label {
            let placement = label.isInside ? "wm-tl-label wm-tl-label-inside" : "wm-tl-label wm-tl-label-outside"
            let fill = label.isInside ? ColorContrast.textColor(on: item.color) : TimelineMetrics.textColor
            line(
                "<text class=\"\(placement)\" x=\"\(number(label.x))\" y=\"\(number(centerY + TimelineMetrics.baselineOffset))\""
                    + " fill=\"\(fill)\">\(escape(label.text))</text>"
            )
        }

        // Key dates sit just below the bar's lower edge, so they cover as little of the label as
        // possible and still fit in the sub-row.
        let keyDateY = item.barTop + TimelineMetrics.barHeight + TimelineMetrics.keyDateDrop
        for keyDate in item.keyDates {
            line("<g class=\"wm-tl-keydate\">")
            line("<title>\(escape(keyDate.milestone.name)) \(keyDate.milestone.day)</title>")
            line(diamond(
                className: "wm-tl-keydate-mark", centerX: keyDate.centerX, centerY: keyDateY,
                halfSize: TimelineMetrics.keyDateHalfSize, fill: "#ffffff", stroke: TimelineMetrics.textColor
            ))
            line("</g>")
        }

        if item.href != nil {
            line("</a>")
        }
        line("</g>")
    }

    private mutating func writeEmptyText() {
        guard layout.isEmpty else { return }
        let y = layout.lanesBottom - TimelineMetrics.rowPitch / 2 + TimelineMetrics.baselineOffset
        let x = layout.plotLeft + TimelineMetrics.margin
        line(
            "<text class=\"wm-tl-empty\" x=\"\(number(x))\" y=\"\(number(y))\""
                + " fill=\"\(TimelineMetrics.mutedTextColor)\">\(escape(options.strings.empty))</text>"
        )
    }

    private mutating func writeToday() {
        guard let today = layout.today else { return }
        let x = number(today.x)
        line("<g class=\"wm-tl-today\">")
        line("<title>\(escape(options.strings.today)) \(today.day)</title>")
        line(
            "<line class=\"wm-tl-today-line\" x1=\"\(x)\" y1=\"\(number(TimelineMetrics.gridTop))\" x2=\"\(x)\""
                + " y2=\"\(number(layout.lanesBottom))\" stroke=\"\(TimelineMetrics.todayColor)\""
                + " stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
        )
        let labelY = layout.lanesBottom + TimelineMetrics.footerHeight / 2 + TimelineMetrics.baselineOffset
        line(
            "<text class=\"wm-tl-today-label\" x=\"\(number(today.labelX))\" y=\"\(number(labelY))\""
                + " text-anchor=\"\(today.labelAnchor.rawValue)\" fill=\"\(TimelineMetrics.todayColor)\">"
                + "\(escape(options.strings.today))</text>"
        )
        line("</g>")
    }

    private mutating func writeLegend() {
        guard !layout.legend.isEmpty else { return }
        line("<g class=\"wm-tl-legend\">")
        let swatch = TimelineMetrics.legendSwatchSize
        for entry in layout.legend {
            if let color = entry.color {
                line("<g class=\"wm-tl-legend-item\" data-color-key=\"\(escape(entry.colorKey))\">")
                line(
                    "<rect class=\"wm-tl-legend-swatch\" x=\"\(number(entry.x))\" y=\"\(number(entry.y - swatch / 2))\""
                        + " width=\"\(number(swatch))\" height=\"\(number(swatch))\" rx=\"2.0\" fill=\"\(escape(color))\"/>"
                )
            } else {
                line("<g class=\"wm-tl-legend-item wm-tl-legend-milestone\">")
                line(diamond(
                    className: "wm-tl-legend-swatch", centerX: entry.x + swatch / 2, centerY: entry.y,
                    halfSize: swatch / 2, fill: "#ffffff", stroke: TimelineMetrics.textColor
                ))
            }
            line(
                "<text class=\"wm-tl-legend-label\" x=\"\(number(entry.x + swatch + 6))\""
                    + " y=\"\(number(entry.y + TimelineMetrics.baselineOffset))\" fill=\"\(TimelineMetrics.textColor)\">"
                    + "\(escape(entry.text))</text>"
            )
            line("</g>")
        }
        line("</g>")
    }

    private func diamond(
        className: String, centerX: Double, centerY: Double, halfSize: Double, fill: String, stroke: String
    ) -> String {
        let path = "M\(number(centerX)) \(number(centerY - halfSize))"
            + " L\(number(centerX + halfSize)) \(number(centerY))"
            + " L\(number(centerX)) \(number(centerY + halfSize))"
            + " L\(number(centerX - halfSize)) \(number(centerY)) Z"
        return "<path class=\"\(className)\" d=\"\(path)\" fill=\"\(escape(fill))\" stroke=\"\(stroke)\" stroke-width=\"1.0\"/>"
    }

    private mutating func line(_ text: String) {
        output += text
        output += "\n"
    }

    private func number(_ value: Double) -> String {
        DecimalFormat.oneDecimal(value)
    }

    private func escape(_ text: String) -> String {
        XMLEscaping.escape(text)
    }
}
