/// A feature as shown to one audience: the public projection has only public fields, the glossary
/// applied, coarsened dates and no notes or requests.
struct FeatureView: Sendable {
    struct MediaView: Sendable {
        var type: Feature.Media.MediaType
        /// Link target relative to the feature page.
        var href: String
        var title: String
        /// A bundle file to copy beside the page: source path relative to the site, target relative to the output.
        var copy: (source: String, target: String)?
    }

    var id: String
    var title: String
    var summary: String?
    var descriptionHTML: String
    var notesHTML: String
    var status: String
    var isReleasedStatus: Bool
    var start: RoadmapDate?
    var end: RoadmapDate?
    var horizon: Feature.Horizon?
    var released: RoadmapDate?
    var product: String?
    var team: String?
    var tags: [String]
    var isPublic: Bool
    var media: [MediaView]
    var requests: [Request]
    /// Custom fields in declaration order; on the public site only public ones.
    var customFields: [CustomFieldEntry] = []

    /// First and last day of the span, when the feature has any date.
    func span(fiscalYearStart: Int) -> (start: CalendarDay, end: CalendarDay)? {
        switch (start, end) {
        case let (start?, end?): return (start.start(fiscalYearStart: fiscalYearStart), end.end(fiscalYearStart: fiscalYearStart))
        case let (start?, nil): return (start.start(fiscalYearStart: fiscalYearStart), start.end(fiscalYearStart: fiscalYearStart))
        case let (nil, end?): return (end.start(fiscalYearStart: fiscalYearStart), end.end(fiscalYearStart: fiscalYearStart))
        case (nil, nil):
            guard let released else { return nil }
            return (released.start(fiscalYearStart: fiscalYearStart), released.end(fiscalYearStart: fiscalYearStart))
        }
    }
}
