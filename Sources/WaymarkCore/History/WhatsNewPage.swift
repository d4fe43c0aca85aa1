/// The public `whats-new.html` and its Atom feed `feed.xml`: public changes only, with the
/// titles and dates of the public projection.
struct WhatsNewPage {
    let context: PageContext
    let history: ContentHistory
    /// The public projection of today's features, which gives every title shown.
    let features: [FeatureView]

    static let path = "whats-new.html"
    static let feedPath = "feed.xml"

    private var language: Language { context.language }

    func render() -> [OutputFile] {
        let byID = Dictionary(features.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let log = PublicChangeLog(history: history, config: context.config, publicFeatureIDs: Set(byID.keys))
        let entries = log.changes().compactMap { change in byID[change.featureID].map { (change, $0) } }
        var files = [page(entries)]
        if let newest = history.newestCommit, let first = history.commits.first {
            let feed = AtomFeed(context: context, newest: newest, root: first, sentence: sentence)
            files.append(OutputFile(path: context.languageFolder + Self.feedPath, text: feed.render(entries)))
        }
        return files
    }

    /// "released (Q2 2027)", "status changed from Planned to Beta" …
    func sentence(_ change: PublicChange) -> String {
        switch change.kind {
        case .published:
            return PageStrings.text("change.published", language)
        case .statusChanged(let from, let to):
            return AnalysisText.format(
                "change.status", language, context.config.statusLabel(from, language), context.config.statusLabel(to, language)
            )
        case .released(let date):
            let shown = AudienceProjection(roadmap: context.roadmap, audience: .public).publicDate(date)
            guard let text = context.date(shown) else { return PageStrings.text("change.released", language) }
            return AnalysisText.format("change.releasedOn", language, text)
        }
    }

    private func page(_ entries: [(PublicChange, FeatureView)]) -> OutputFile {
        let title = PageStrings.text("whatsNew", language)
        var days: [TemplateValue] = []
        var index = entries.startIndex
        while index < entries.endIndex {
            let day = entries[index].0.commit.day
            let end = entries[index...].firstIndex { $0.0.commit.day != day } ?? entries.endIndex
            days.append(.object([
                "iso": .string(day.description),
                "label": .string(context.date(.day(day)) ?? day.description),
                "changes": .list(entries[index..<end].map(item)),
            ]))
            index = end
        }
        let body = context.theme.render("whats-new", context.bodyContext(path: Self.path, title: title, [
            "intro": .string(PageStrings.text("whatsNewIntro", language)),
            "unavailable": HistoryText.unavailable(history, language: language, detailed: false).map(TemplateValue.string) ?? .null,
            "hasFeed": .bool(history.newestCommit != nil),
            "feedURL": .string(Self.feedPath),
            "days": .list(days),
            "isEmpty": .bool(history.isAvailable && entries.isEmpty),
        ]))
        return context.page(path: Self.path, title: title, navigationKey: "whatsNew", body: body, jsonPath: nil)
    }

    private func item(_ entry: (PublicChange, FeatureView)) -> TemplateValue {
        .object([
            "kind": .string(entry.0.kind.name),
            "title": .string(entry.1.title),
            "url": .string("features/\(entry.1.id).html"),
            "text": .string(sentence(entry.0)),
        ])
    }
}
