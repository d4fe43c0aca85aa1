/// The feature roadmap of one site: the timeline, the boards, one page per feature, and their JSON twins.
struct FeaturePages {
    let context: PageContext
    let features: [FeatureView]

    private var config: SiteConfig { context.config }
    private var language: Language { context.language }

    func render(_ scope: RenderScope = .everything) -> [OutputFile] {
        let listsChanged = scope.includes(kinds: [.feature])
        var files = listsChanged ? [timelinePage(), boardPage(byStatus: false), boardPage(byStatus: true)] : []
        let shown = features.filter { scope.includes(keys: dependencies(of: $0), kinds: dependencyKinds) }
        let demand = context.audience == .internal && !shown.isEmpty ? DemandAnalysis(roadmap: context.roadmap, today: context.today) : nil
        files += ParallelMap.map(shown) { feature in featurePage(feature, demand: demand?.demand(for: feature.id)) }
        files += shown.map { feature in
            OutputFile(path: context.languageFolder + "features/\(feature.id).json", text: JSONText.encode(json(feature, detailed: true)))
        }
        guard listsChanged else { return files }
        files.append(OutputFile(
            path: context.languageFolder + "index.json",
            text: JSONText.encode(.object([
                "title": .string(PageStrings.text("roadmap", language)),
                "language": .string(language.rawValue),
                "audience": .string(context.audience.rawValue),
                "features": .list(features.map { json($0, detailed: false) }),
            ]))
        ))
        return files
    }

    /// The items a feature's page and JSON twin read. The internal page also lists the requests,
    /// and its demand section reads the requesting accounts, their deals and the deals' owners.
    private func dependencies(of feature: FeatureView) -> [ItemKey] {
        var keys = [ItemKey.feature(feature.id)]
        guard context.audience == .internal else { return keys }
        for request in feature.requests {
            keys.append(.request(request.id))
            keys.append(.account(request.account))
        }
        return keys
    }

    /// Rep names show on internal pages through deal owners and person fields.
    private var dependencyKinds: Set<ItemKind> {
        context.audience == .internal ? [.rep] : []
    }

    // MARK: Timeline

    func timelineEntries() -> [TimelineEntry] {
        features.compactMap { feature -> TimelineEntry? in
            guard let span = feature.span(fiscalYearStart: config.fiscalYearStart) else { return nil }
            let lane = feature.product ?? feature.team ?? "—"
            let statusLabel = config.statusLabel(feature.status, language)
            let when = context.span(feature.start, feature.end) ?? context.date(feature.released) ?? ""
            var tooltip = feature.title + " · " + statusLabel + " · " + when
            if let summary = feature.summary { tooltip += "\n" + summary }
            var milestones: [TimelineMilestone] = []
            if let released = feature.released, feature.start != nil || feature.end != nil {
                milestones.append(TimelineMilestone(name: PageStrings.text("released", language), day: released.start(fiscalYearStart: config.fiscalYearStart)))
            }
            var entry = TimelineEntry(
                id: "feature-" + feature.id,
                label: feature.title,
                url: "features/\(feature.id).html",
                lane: lane,
                colorKey: feature.status,
                colorLabel: statusLabel,
                start: span.start,
                end: span.end,
                isMilestone: feature.start == nil && feature.end == nil,
                milestones: milestones,
                tooltip: tooltip,
                extraColumns: [when]
            )
            entry.filterValues = filterValues(feature)
            return entry
        }
    }

    private func filterValues(_ feature: FeatureView) -> [String: String] {
        ["status": feature.status, "team": feature.product ?? feature.team ?? "", "tag": feature.tags.joined(separator: "|")]
    }

    var filterControls: FilterControls {
        var statuses: [String: String] = [:]
        for status in config.statuses { statuses[status.id] = config.statusLabel(status.id, language) }
        return FilterControls(dimensions: [
            .init(key: "status", label: PageStrings.text("status", language), valueLabels: statuses),
            .init(key: "team", label: PageStrings.text("product", language)),
            .init(key: "tag", label: PageStrings.text("tags", language)),
        ])
    }

    func timelineOptions(title: String, laneHeader: String, colorHeader: String, extraHeaders: [String]) -> TimelineOptions {
        let unit: TimelineUnit = config.fiscalYearStart == 1 ? .quarter : .fiscalQuarter(startMonth: config.fiscalYearStart)
        return TimelineOptions(
            unit: unit,
            today: context.today,
            language: language,
            strings: TimelineStrings(
                title: title,
                description: PageStrings.text("tableOfItems", language),
                tableCaption: title,
                laneHeader: laneHeader,
                itemHeader: PageStrings.text("item", language),
                startHeader: PageStrings.text("start", language),
                endHeader: PageStrings.text("end", language),
                colorHeader: colorHeader,
                milestonesHeader: PageStrings.text("milestones", language),
                extraColumnHeaders: extraHeaders,
                today: PageStrings.text("today", language),
                milestoneLegend: PageStrings.text("milestones", language),
                empty: PageStrings.text("noItems", language)
            )
        )
    }

    private func timelinePage() -> OutputFile {
        let path = "index.html"
        let title = PageStrings.text(context.audience == .public ? "publicSite" : "roadmap", language)
        let options = timelineOptions(
            title: title, laneHeader: PageStrings.text("product", language),
            colorHeader: PageStrings.text("status", language), extraHeaders: [PageStrings.text("when", language)]
        )
        let rendered = TimelineRenderer.render(timelineEntries(), options: options)
        let undated = features.filter { $0.span(fiscalYearStart: config.fiscalYearStart) == nil }.map { card($0, path: path) }
        let dateNote: TemplateValue = context.audience == .public && config.publicDates == .quarter
            ? .string(PageStrings.text("dateGranularityNote", language)) : .null
        let body = context.theme.render("timeline", context.bodyContext(path: path, title: title, [
            "svg": .string(rendered.svg),
            "table": .string(rendered.table),
            "undated": .list(undated),
            "hasUndated": .bool(!undated.isEmpty),
            "dateNote": dateNote,
            "hasFilters": .bool(true),
            "filters": filterControls.context(features.map(filterValues)),
        ]))
        return context.page(path: path, title: title, navigationKey: "timeline", body: body, jsonPath: "index.json", script: true)
    }

    // MARK: Boards

    /// Returns the horizon a feature belongs to: its own, or one derived from its dates around today
    /// (started or due this quarter → now, within the next two quarters → next, else later).
    func horizon(of feature: FeatureView) -> Feature.Horizon? {
        if let horizon = feature.horizon { return horizon }
        guard let span = feature.span(fiscalYearStart: config.fiscalYearStart) else { return .later }
        let quarterEnd = RoadmapDate.day(context.today).coarsened(to: .quarter, fiscalYearStart: config.fiscalYearStart)
            .end(fiscalYearStart: config.fiscalYearStart)
        if span.start <= quarterEnd { return span.end < context.today && feature.isReleasedStatus ? nil : .now }
        let nextHorizonEnd = quarterEnd.adding(days: 1).firstOfMonth(addingMonths: 6).adding(days: -1)
        return span.start <= nextHorizonEnd ? .next : .later
    }

    private func boardPage(byStatus: Bool) -> OutputFile {
        let path = byStatus ? "status.html" : "board.html"
        let title = PageStrings.text(byStatus ? "boardByStatus" : "board", language)
        var columns: [TemplateValue] = []
        if byStatus {
            for status in config.statuses {
                let items = features.filter { $0.status == status.id }.map { card($0, path: path) }
                columns.append(column(id: status.id, title: config.statusLabel(status.id, language), items: items))
            }
        } else {
            for horizon in Feature.Horizon.allCases {
                let items = features.filter { !$0.isReleasedStatus && self.horizon(of: $0) == horizon }.map { card($0, path: path) }
                columns.append(column(id: horizon.rawValue, title: PageStrings.text(horizon.rawValue, language), items: items))
            }
            let released = features.filter(\.isReleasedStatus).map { card($0, path: path) }
            columns.append(column(id: "released", title: PageStrings.text("released", language), items: released))
        }
        let body = context.theme.render("board", context.bodyContext(path: path, title: title, [
            "columns": .list(columns),
            "hasFilters": .bool(true),
            "filters": filterControls.context(features.map(filterValues)),
        ]))
        return context.page(
            path: path, title: title, navigationKey: byStatus ? "boardByStatus" : "board", body: body, jsonPath: "index.json", script: true
        )
    }

    private func column(id: String, title: String, items: [TemplateValue]) -> TemplateValue {
        .object(["id": .string(id), "title": .string(title), "items": .list(items), "count": .int(items.count)])
    }

    func card(_ feature: FeatureView, path: String) -> TemplateValue {
        .object([
            "title": .string(feature.title),
            "url": .string(PageContext.root(of: path) + "features/\(feature.id).html"),
            "summary": feature.summary.map(TemplateValue.string) ?? .null,
            "status": .string(feature.status),
            "statusLabel": .string(config.statusLabel(feature.status, language)),
            "when": (context.span(feature.start, feature.end) ?? feature.horizon.map { PageStrings.text($0.rawValue, language) })
                .map(TemplateValue.string) ?? .null,
            "team": (feature.product ?? feature.team).map(TemplateValue.string) ?? .null,
            "filterData": .list(filterValues(feature).sorted { $0.key < $1.key }.map {
                .object(["key": .string($0.key), "value": .string($0.value)])
            }),
        ])
    }

    // MARK: Feature page

    private func featurePage(_ feature: FeatureView, demand: FeatureDemand?) -> OutputFile {
        let path = "features/\(feature.id).html"
        let media: [TemplateValue] = feature.media.map { item in
            .object([
                "src": .string(item.href),
                "title": .string(item.title),
                "isImage": .bool(item.type == .image),
                "typeLabel": .string(PageStrings.text("media." + item.type.rawValue, language)),
            ])
        }
        let requests: [TemplateValue] = feature.requests.map { request in
            .object([
                "account": .string(request.account),
                "date": context.date(request.date).map(TemplateValue.string) ?? .null,
                "source": request.source.map(TemplateValue.string) ?? .null,
                "importance": request.importance.map(TemplateValue.string) ?? .null,
                "title": .string(request.header.title),
            ])
        }
        let visibilityKey = feature.isPublic ? "visibilityPublic" : "visibilityInternal"
        let body = context.theme.render("feature", context.bodyContext(path: path, title: feature.title, [
            "feature": .object([
                "title": .string(feature.title),
                "summary": feature.summary.map(TemplateValue.string) ?? .null,
                "status": .string(feature.status),
                "statusLabel": .string(config.statusLabel(feature.status, language)),
                "when": (context.span(feature.start, feature.end) ?? feature.horizon.map { PageStrings.text($0.rawValue, language) })
                    .map(TemplateValue.string) ?? .null,
                "released": context.date(feature.released).map(TemplateValue.string) ?? .null,
                "product": feature.product.map(TemplateValue.string) ?? .null,
                "team": feature.team.map(TemplateValue.string) ?? .null,
                "tags": .list(feature.tags.map(TemplateValue.string)),
                "hasTags": .bool(!feature.tags.isEmpty),
                "visibilityLabel": .string(PageStrings.text(visibilityKey, language)),
                "descriptionHTML": .string(feature.descriptionHTML),
                "hasDescription": .bool(!feature.descriptionHTML.isEmpty),
                "notesHTML": .string(feature.notesHTML),
                "hasNotes": .bool(!feature.notesHTML.isEmpty),
                "media": .list(media),
                "hasMedia": .bool(!media.isEmpty),
                "requests": .list(requests),
                "hasRequests": .bool(!requests.isEmpty),
                "requestCount": .int(requests.count),
            ]),
            "demand": demandContext(demand, path: path),
            "customFields": .list(customFieldRows(feature.customFields)),
            "hasCustomFields": .bool(!feature.customFields.isEmpty),
        ]))
        return context.page(path: path, title: feature.title, navigationKey: nil, body: body, jsonPath: "features/\(feature.id).json")
    }

    func json(_ feature: FeatureView, detailed: Bool) -> TemplateValue {
        var object: [String: TemplateValue] = [
            "id": .string(feature.id),
            "title": .string(feature.title),
            "status": .string(feature.status),
            "url": .string("features/\(feature.id).html"),
        ]
        if let summary = feature.summary { object["summary"] = .string(summary) }
        if let start = feature.start { object["start"] = .string(start.description) }
        if let end = feature.end { object["end"] = .string(end.description) }
        if let horizon = feature.horizon { object["horizon"] = .string(horizon.rawValue) }
        if let released = feature.released { object["released"] = .string(released.description) }
        if let product = feature.product { object["product"] = .string(product) }
        if let team = feature.team { object["team"] = .string(team) }
        if !feature.tags.isEmpty { object["tags"] = .list(feature.tags.map(TemplateValue.string)) }
        if detailed {
            object["descriptionHTML"] = .string(feature.descriptionHTML)
            if context.audience == .internal {
                object["visibility"] = .string(feature.isPublic ? "public" : "internal")
                object["notesHTML"] = .string(feature.notesHTML)
                object["requests"] = .list(feature.requests.map { request in
                    .object(["id": .string(request.id), "account": .string(request.account), "date": request.date.map { .string($0.description) } ?? .null])
                })
            }
        }
        return .object(object)
    }
}
