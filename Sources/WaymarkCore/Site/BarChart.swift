/// A horizontal bar chart as SVG: one row per bar with its label, its bar and its value, and an
/// optional note beside a highlighted bar. Every number is passed in, so the chart shows only
/// computed figures, and equal input gives byte-identical output.
struct BarChart {
    struct Bar {
        var label: String
        var value: Double
        /// The value as the page shows it, e.g. `¥1,200,000`.
        var valueText: String
        var isHighlighted = false
        /// Text after the value of a highlighted bar, e.g. "Bottleneck: 63% of open deals".
        var note: String?
    }

    var title: String
    var bars: [Bar]
    var width = 760
    /// Prefix of the element ids, so that several charts can share one page.
    var idPrefix = "wm-bars"

    private static let fontSize = 13.0
    private static let rowHeight = 30.0
    private static let barHeight = 18.0
    private static let margin = 8.0
    private static let barColor = "#56B4E9"
    private static let highlightColor = "#D55E00"

    func svg() -> String {
        let labelWidth = (bars.map { TextWidth.estimate($0.label, fontSize: Self.fontSize) }.max() ?? 0) + 12
        let textWidth = bars.map { TextWidth.estimate(trailingText($0), fontSize: Self.fontSize) }.max() ?? 0
        let chartWidth = max(Double(width), labelWidth + textWidth + 120)
        let barSpace = chartWidth - labelWidth - textWidth - 2 * Self.margin - 8
        let maximum = bars.map(\.value).max() ?? 0
        let height = Double(bars.count) * Self.rowHeight + 2 * Self.margin
        let prefix = XMLEscaping.escape(idPrefix)
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" class="wm-bars" width="\(number(chartWidth))" height="\(number(height))" \
            viewBox="0 0 \(number(chartWidth)) \(number(height))" role="img" aria-labelledby="\(prefix)-title" \
            font-family="sans-serif" font-size="\(number(Self.fontSize))">
            <title id="\(prefix)-title">\(XMLEscaping.escape(title))</title>

            """
        for (index, bar) in bars.enumerated() {
            let top = Self.margin + Double(index) * Self.rowHeight
            let length = maximum > 0 ? max(bar.value, 0) / maximum * barSpace : 0
            svg += row(bar, top: top, labelWidth: labelWidth, length: length)
        }
        return svg + "</svg>\n"
    }

    private func row(_ bar: Bar, top: Double, labelWidth: Double, length: Double) -> String {
        let barTop = top + (Self.rowHeight - Self.barHeight) / 2
        let baseline = top + Self.rowHeight / 2 + Self.fontSize * 0.35
        let color = bar.isHighlighted ? Self.highlightColor : Self.barColor
        let weight = bar.isHighlighted ? " font-weight=\"700\"" : ""
        let barX = Self.margin + labelWidth
        var text = """
            <g class="wm-bar\(bar.isHighlighted ? " wm-bar-highlight" : "")">\
            <title>\(XMLEscaping.escape(bar.label + " · " + trailingText(bar)))</title>\
            <text x="\(number(barX - 8))" y="\(number(baseline))" text-anchor="end"\(weight) fill="#1f2933">\(XMLEscaping.escape(bar.label))</text>\
            <rect x="\(number(barX))" y="\(number(barTop))" width="\(number(length))" height="\(number(Self.barHeight))" rx="2" fill="\(color)"/>\
            <text x="\(number(barX + length + 6))" y="\(number(baseline))" fill="#1f2933">\(XMLEscaping.escape(bar.valueText))
            """
        if bar.isHighlighted, let note = bar.note {
            text += "<tspan dx=\"8\" font-weight=\"700\" fill=\"\(Self.highlightColor)\">\(XMLEscaping.escape(note))</tspan>"
        }
        return text + "</text></g>\n"
    }

    private func trailingText(_ bar: Bar) -> String {
        guard bar.isHighlighted, let note = bar.note else { return bar.valueText }
        return bar.valueText + "  " + note
    }

    private func number(_ value: Double) -> String {
        DecimalFormat.oneDecimal(value)
    }
}
