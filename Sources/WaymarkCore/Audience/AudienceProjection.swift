/// Builds what each audience may see. The public projection is the only path from the content to
/// the public site, so every rule of the customer-facing roadmap is applied here, in one place.
struct AudienceProjection: Sendable {
    let roadmap: Roadmap
    let audience: Audience

    var glossary: Glossary { Glossary(roadmap.config.glossary) }

    /// Returns the features shown to this audience, sorted by id.
    func features() -> [FeatureView] {
        let config = roadmap.config
        let glossary = self.glossary
        var requestsByFeature: [String: [Request]] = [:]
        if audience == .internal {
            for request in roadmap.requests { requestsByFeature[request.feature, default: []].append(request) }
        }
        return roadmap.features.compactMap { feature -> FeatureView? in
            let isPublicSite = audience == .public
            guard !isPublicSite || feature.isPublic else { return nil }
            let title = isPublicSite ? glossary.apply(toText: feature.publicTitle ?? feature.header.title) : feature.header.title
            let summary = isPublicSite ? feature.summary.map(glossary.apply(toText:)) : feature.summary
            let description = isPublicSite ? glossary.apply(toHTML: feature.header.descriptionHTML) : feature.header.descriptionHTML
            var view = FeatureView(
                id: feature.id,
                title: title,
                summary: summary,
                descriptionHTML: description,
                notesHTML: isPublicSite ? "" : feature.header.notesHTML,
                status: feature.status,
                isReleasedStatus: config.status(feature.status)?.isReleased ?? false,
                start: isPublicSite ? publicDate(feature.start) : feature.start,
                end: isPublicSite ? publicDate(feature.end) : feature.end,
                horizon: feature.horizon,
                released: isPublicSite ? publicDate(feature.released) : feature.released,
                product: feature.product.map { isPublicSite ? glossary.apply(toText: $0) : $0 },
                team: feature.header.team.map { isPublicSite ? glossary.apply(toText: $0) : $0 },
                tags: isPublicSite ? feature.header.tags.map(glossary.apply(toText:)) : feature.header.tags,
                isPublic: feature.isPublic,
                media: media(of: feature),
                requests: (requestsByFeature[feature.id] ?? []).sorted { ($0.date?.description ?? "", $0.id) < ($1.date?.description ?? "", $1.id) }
            )
            view.customFields = customFields(of: feature.header)
            return view
        }
    }

    /// Returns the item's custom fields this audience may see, in declaration order. The public site
    /// gets public fields only, without person fields (a rep's name is internal), with the glossary
    /// applied to text and choices and dates coarsened like every public date.
    func customFields(of header: ItemHeader) -> [CustomFieldEntry] {
        let isPublicSite = audience == .public
        return roadmap.config.customFields.compactMap { definition -> CustomFieldEntry? in
            guard var value = header.customFields[definition.id] else { return nil }
            guard isPublicSite else { return CustomFieldEntry(definition: definition, value: value) }
            guard definition.isPublic, definition.type != .person else { return nil }
            switch value {
            case .text(let text): value = .text(glossary.apply(toText: text))
            case .choice(let choice): value = .choice(glossary.apply(toText: choice))
            case .choices(let choices): value = .choices(choices.map(glossary.apply(toText:)))
            case .date(let date):
                guard let shown = publicDate(date) else { return nil }
                value = .date(shown)
            default: break
            }
            return CustomFieldEntry(definition: definition, value: value)
        }
    }

    /// Returns a date as the public site may show it: exact, coarsened to its quarter, or hidden.
    func publicDate(_ date: RoadmapDate?) -> RoadmapDate? {
        guard let date else { return nil }
        switch roadmap.config.publicDates {
        case .exact: return date
        case .quarter: return date.coarsened(to: .quarter, fiscalYearStart: roadmap.config.fiscalYearStart)
        case .none: return nil
        }
    }

    private func media(of feature: Feature) -> [FeatureView.MediaView] {
        feature.media.compactMap { media -> FeatureView.MediaView? in
            let fallbackTitle = media.file ?? media.url ?? ""
            let title = audience == .public ? glossary.apply(toText: media.title ?? fallbackTitle) : (media.title ?? fallbackTitle)
            if let url = media.url {
                return FeatureView.MediaView(type: media.type, href: url, title: title, copy: nil)
            }
            guard let file = media.file, let folder = feature.header.source.bundleFolder else { return nil }
            return FeatureView.MediaView(
                type: media.type,
                href: feature.id + "/" + file,
                title: title,
                copy: (source: folder + "/" + file, target: "features/" + feature.id + "/" + file)
            )
        }
    }
}
