/// Fixed sizes of the timeline drawing, in CSS pixels.
enum TimelineMetrics {
    /// Font size of all text. Label fitting assumes it, so a theme that changes it can make
    /// labels overflow.
    static let fontSize = 12.0
    static let margin = 8.0
    static let axisHeight = 28.0
    static let axisLabelBaseline = 17.0
    static let gridTop = 22.0
    static let lanePadding = 4.0
    static let rowPitch = 30.0
    static let barHeight = 18.0
    /// Offset of the bar's top edge inside its sub-row.
    static let barInset = 5.0
    static let barCornerRadius = 3.0
    /// Bars shorter than this are widened so that one-day spans stay visible on long ranges.
    static let minimumBarWidth = 3.0
    static let milestoneHalfSize = 7.0
    static let keyDateHalfSize = 5.0
    /// Distance of a key-date diamond's center below the bar's lower edge.
    static let keyDateDrop = 2.0
    /// Minimum horizontal space between two items in one sub-row.
    static let packingGap = 2.0
    static let labelPadding = 5.0
    static let labelGap = 4.0
    static let laneLabelMinimumWidth = 80.0
    /// Share of the width that the lane label column may take at most.
    static let laneLabelMaximumShare = 0.25
    static let footerHeight = 20.0
    static let legendTopGap = 10.0
    static let legendRowHeight = 20.0
    static let legendSwatchSize = 12.0
    static let legendItemSpacing = 18.0
    /// Distance from a text's vertical center down to its baseline, about 0.35 em.
    static let baselineOffset = fontSize * 0.35

    static let textColor = "#1a1a1a"
    static let mutedTextColor = "#5b6470"
    static let gridColor = "#e1e5ea"
    static let axisColor = "#9aa3ad"
    static let laneColors = ["#ffffff", "#f3f5f8"]
    static let todayColor = "#c62828"
}
