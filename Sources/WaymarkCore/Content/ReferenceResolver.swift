/// Checks every id that one item uses to name another, and ids used twice, reporting each
/// unknown id with the closest known ids.
enum ReferenceResolver {
    /// `brokenIDs` are the ids of files that failed to decode; a reference to one of them is not
    /// reported, because its file already has an error and "no such id" would send the user to
    /// create a file that exists.
    static func check(_ roadmap: Roadmap, allItems: [RoadmapItem], brokenIDs: Set<String> = []) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        diagnostics += duplicateIDs(allItems)

        let featureIDs = roadmap.features.map(\.id)
        let dealIDs = roadmap.deals.map(\.id)
        let repIDs = roadmap.reps.map(\.id)

        func check(_ id: String?, among known: [String], kind: ItemKind, field: String, in header: ItemHeader) {
            guard let id, !id.isEmpty, !known.contains(id), !brokenIDs.contains(id) else { return }
            diagnostics.append(unknownReference(id, kind: kind, field: field, header: header, known: known))
        }
        let knownFeatures = Set(featureIDs)
        let knownDeals = Set(dealIDs)
        let knownReps = Set(repIDs)

        for request in roadmap.requests {
            if !knownFeatures.contains(request.feature) {
                check(request.feature, among: featureIDs, kind: .feature, field: "feature", in: request.header)
            }
            if let deal = request.deal, !knownDeals.contains(deal) {
                check(deal, among: dealIDs, kind: .deal, field: "deal", in: request.header)
            } else if let dealID = request.deal, let deal = roadmap.deal(dealID), deal.account != request.account {
                diagnostics.append(Diagnostic(
                    at: request.header.source.location(of: "deal"), field: "deal",
                    problem: LocalizedText(
                        en: "deal `\(dealID)` belongs to account `\(deal.account)`, not `\(request.account)`",
                        zh: "商机 `\(dealID)` 属于客户 `\(deal.account)`，而不是 `\(request.account)`"
                    ),
                    hint: LocalizedText(en: "link a deal of the same account, or correct the account", zh: "关联同一客户的商机，或更正客户名称")
                ))
            }
        }
        for deal in roadmap.deals {
            if !knownReps.contains(deal.owner) { check(deal.owner, among: repIDs, kind: .rep, field: "owner", in: deal.header) }
            for feature in deal.features where !knownFeatures.contains(feature) {
                check(feature, among: featureIDs, kind: .feature, field: "features", in: deal.header)
            }
        }
        for rep in roadmap.reps {
            if let manager = rep.manager, !knownReps.contains(manager) {
                check(manager, among: repIDs, kind: .rep, field: "manager", in: rep.header)
            }
        }
        for plan in roadmap.plans {
            if let owner = plan.owner, !knownReps.contains(owner) { check(owner, among: repIDs, kind: .rep, field: "owner", in: plan.header) }
            for deal in plan.deals where !knownDeals.contains(deal) { check(deal, among: dealIDs, kind: .deal, field: "deals", in: plan.header) }
            for feature in plan.features where !knownFeatures.contains(feature) {
                check(feature, among: featureIDs, kind: .feature, field: "features", in: plan.header)
            }
        }
        for item in allItems {
            guard let header = item.header else { continue }
            for (field, value) in header.customFields.sorted(by: { $0.key < $1.key }) {
                if case .person(let id) = value, !knownReps.contains(id) { check(id, among: repIDs, kind: .rep, field: field, in: header) }
            }
        }
        for account in roadmap.accounts {
            if let owner = account.owner, !knownReps.contains(owner), let header = account.header {
                check(owner, among: repIDs, kind: .rep, field: "owner", in: header)
            }
        }
        return diagnostics
    }

    private static func unknownReference(_ id: String, kind: ItemKind, field: String, header: ItemHeader, known: [String]) -> Diagnostic {
        let nearest = Suggestions.closest(to: id, among: known)
        let hint: LocalizedText
        if nearest.isEmpty {
            hint = LocalizedText(
                en: "create `content/\(kind.folderName)/\(id).md`, or use an existing \(kind.rawValue) id",
                zh: "新建 `content/\(kind.folderName)/\(id).md`，或使用已有的 \(kind.rawValue) id"
            )
        } else {
            let list = nearest.map { "`\($0)`" }.joined(separator: ", ")
            hint = LocalizedText(en: "did you mean \(list)?", zh: "是否应为 \(list)？")
        }
        return Diagnostic(
            at: header.source.location(of: field), field: field,
            problem: LocalizedText(en: "no \(kind.rawValue) has the id `\(id)`", zh: "没有 id 为 `\(id)` 的 \(kind.rawValue)"),
            expected: LocalizedText(en: "the id of an existing \(kind.rawValue)", zh: "已有 \(kind.rawValue) 的 id"),
            hint: hint
        )
    }

    private static func duplicateIDs(_ items: [RoadmapItem]) -> [Diagnostic] {
        var seen: [String: ItemHeader] = [:]
        var diagnostics: [Diagnostic] = []
        for item in items {
            guard let header = item.header else { continue }
            let key = header.kind.rawValue + "/" + header.id
            if let first = seen[key] {
                diagnostics.append(Diagnostic(
                    at: header.source.location(of: "id"), field: "id",
                    problem: LocalizedText(
                        en: "the \(header.kind.rawValue) id `\(header.id)` is already used by \(first.source.file)",
                        zh: "\(header.kind.rawValue) id `\(header.id)` 已被 \(first.source.file) 使用"
                    ),
                    hint: LocalizedText(en: "give one of the two items another `id:`", zh: "为其中一个条目设置不同的 `id:`")
                ))
            } else {
                seen[key] = header
            }
        }
        return diagnostics
    }

    /// The id a file would have by default: its name without `.md`, or its folder's for `index.md`.
    static func defaultID(ofContentPath path: String) -> String {
        SourceFile(path: path, frontMatter: nil, frontMatterFirstLine: 1, body: "", bodyFirstLine: 1).defaultID
    }
}
