/// Turns a `SourceFile` into a typed item, reporting every problem of its fields.
struct ItemDecoder {
    let config: SiteConfig

    /// Fields any kind may carry besides its own: the common ones and those importers write.
    static let commonFields: Set<String> = ["kind", "id", "title", "tags", "team", "crm_id", "crm_source"]

    static let kindFields: [ItemKind: Set<String>] = [
        .feature: ["status", "start", "end", "horizon", "summary", "public_title", "visibility", "media", "released", "product"],
        .request: ["account", "feature", "deal", "date", "source", "importance"],
        .deal: [
            "account", "owner", "stage", "amount", "currency", "probability", "opened", "close", "key_dates",
            "stage_since", "lost_reason", "region", "product", "features",
        ],
        .rep: ["name", "region", "manager", "joined", "roles", "quota", "email"],
        .plan: ["account", "objective", "owner", "start", "end", "revenue", "currency", "deals", "features", "status", "risk"],
        .goal: ["metric", "target", "period", "filter"],
        .account: ["name", "industry", "region", "owner"],
    ]

    func decode(_ file: SourceFile) -> (item: RoadmapItem?, diagnostics: [Diagnostic]) {
        guard let node = file.frontMatter else {
            let diagnostic = Diagnostic(
                at: SourceLocation(file: file.path, line: 1, column: 1),
                problem: LocalizedText(en: "the file has no front matter", zh: "文件没有前置元数据（front matter）"),
                expected: LocalizedText(en: "a `---` line, YAML fields, and a closing `---` line at the top", zh: "文件开头为 `---` 行、YAML 字段和结尾的 `---` 行"),
                hint: LocalizedText(en: "start the file with `---`, `title: …`, `---`", zh: "在文件开头写 `---`、`title: …`、`---`")
            )
            return (nil, [diagnostic])
        }
        guard let mapping = node.mapping else {
            let diagnostic = Diagnostic(
                at: SourceLocation(file: file.path, line: node.mark.line + file.frontMatterFirstLine - 1, column: node.mark.column),
                problem: LocalizedText(en: "the front matter is \(node.kindName.en)", zh: "前置元数据是\(node.kindName.zh)"),
                expected: LocalizedText(en: "`field: value` lines", zh: "`字段: 值` 形式的若干行")
            )
            return (nil, [diagnostic])
        }
        var reader = FieldReader(mapping: mapping, file: file.path, firstLine: file.frontMatterFirstLine)

        let kind = decodeKind(file, &reader)
        let id = reader.identifier("id") ?? defaultID(file, &reader)
        let title = reader.string("title", required: true) ?? id
        let tags = reader.stringList("tags")
        let team = reader.string("team")
        let header = makeHeader(file, id: id, kind: kind ?? .feature, title: title, tags: tags, team: team, reader: &reader)

        var item: RoadmapItem?
        if let kind {
            switch kind {
            case .feature: item = decodeFeature(header, &reader).map(RoadmapItem.feature)
            case .request: item = decodeRequest(header, &reader).map(RoadmapItem.request)
            case .deal: item = decodeDeal(header, &reader).map(RoadmapItem.deal)
            case .rep: item = decodeRep(header, &reader).map(RoadmapItem.rep)
            case .plan: item = decodePlan(header, &reader).map(RoadmapItem.plan)
            case .goal: item = decodeGoal(header, &reader).map(RoadmapItem.goal)
            case .account: item = decodeAccount(header, &reader).map(RoadmapItem.account)
            }
            reportUnknownFields(kind, &reader)
        }
        // An item with errors is kept, with its bad fields left empty, so that the reference check
        // still reports its other problems and does not call its id unknown. The build stops on
        // the errors before anything is rendered.
        return (item, reader.diagnostics)
    }

    private func decodeKind(_ file: SourceFile, _ reader: inout FieldReader) -> ItemKind? {
        if reader.node("kind") != nil {
            return reader.choice("kind", ItemKind.self)
        }
        if let kind = file.kindFromFolder { return kind }
        reader.report(
            "kind", at: nil,
            problem: LocalizedText(en: "the item's kind is unknown", zh: "无法确定条目类型"),
            expected: LocalizedText(
                en: "a `kind:` field, or the file inside a folder such as `features/` or `deals/`",
                zh: "`kind:` 字段，或将文件放在 `features/`、`deals/` 等文件夹中"
            ),
            hint: LocalizedText(en: "add `kind: feature` (or request, deal, rep, plan, goal, account)", zh: "添加 `kind: feature`（或 request、deal、rep、plan、goal、account）")
        )
        return nil
    }

    private func defaultID(_ file: SourceFile, _ reader: inout FieldReader) -> String {
        let id = file.defaultID
        if !Slug.isValidID(id) {
            reader.report(
                "id", at: nil,
                problem: LocalizedText(en: "the file name `\(id)` is not a valid id", zh: "文件名 `\(id)` 不是有效的 id"),
                expected: LocalizedText(en: "lowercase letters, digits and `-`", zh: "小写字母、数字和 `-`"),
                hint: LocalizedText(
                    en: "rename the file, or add `id: \(Slug.make(id))` to the front matter",
                    zh: "重命名文件，或在前置元数据中添加 `id: \(Slug.make(id))`"
                )
            )
        }
        return id
    }

    private func makeHeader(
        _ file: SourceFile, id: String, kind: ItemKind, title: String, tags: [String], team: String?, reader: inout FieldReader
    ) -> ItemHeader {
        let parts = MarkdownBody(splitting: file.body, firstLine: file.bodyFirstLine)
        let notes = parts.internalNotes ?? ""
        let source = ItemSource(
            file: file.path, fieldLocations: reader.fieldLocations, bundleFolder: file.bundleFolder, bundleFiles: file.bundleFiles
        )
        return ItemHeader(
            id: id, kind: kind, title: title, tags: tags, team: team,
            descriptionHTML: MarkdownRenderer.html(parts.description),
            descriptionText: MarkdownRenderer.plainText(parts.description),
            notesHTML: notes.isEmpty ? "" : MarkdownRenderer.html(notes),
            notesText: notes.isEmpty ? "" : MarkdownRenderer.plainText(notes),
            customFields: decodeCustomFields(kind: kind, &reader),
            source: source
        )
    }

    private func reportUnknownFields(_ kind: ItemKind, _ reader: inout FieldReader) {
        let allowed = ItemDecoder.commonFields.union(ItemDecoder.kindFields[kind] ?? [])
        for pair in reader.unknownFields(allowed: allowed) {
            let nearest = Suggestions.closest(to: pair.key, among: allowed.sorted(), limit: 1)
            let hint = nearest.first.map {
                LocalizedText(en: "did you mean `\($0)`?", zh: "是否应为 `\($0)`？")
            } ?? LocalizedText(en: "remove it, or declare it as a custom field in roadmap.yml", zh: "删除该字段，或在 roadmap.yml 中声明为自定义字段")
            reader.report(
                pair.key, at: pair.keyMark,
                problem: LocalizedText(en: "unknown field `\(pair.key)` for a \(kind.rawValue)", zh: "\(kind.rawValue) 没有字段 `\(pair.key)`"),
                hint: hint,
                // A warning: the item still builds, and the summary at the end lists it.
                severity: .warning
            )
        }
    }
}
