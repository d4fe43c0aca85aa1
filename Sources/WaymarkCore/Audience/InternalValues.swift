/// Collects every value the public site must never show, for the leak guard.
enum InternalValues {
    /// Returns the internal values of the roadmap minus values the public projection shows on purpose
    /// (a team name that is also a region, say). Values too short to distinguish from ordinary
    /// words are skipped: fewer than 2 characters, or fewer than 4 when the value is all ASCII.
    static func secrets(of roadmap: Roadmap, publicFeatures: [FeatureView]) -> [LeakGuard.Secret] {
        var secrets: [String: LeakGuard.Secret] = [:]
        func add(_ value: String?, _ origin: LocalizedText) {
            guard let value = value?.trimmingWhitespace(), isDistinctive(value), secrets[value] == nil else { return }
            secrets[value] = LeakGuard.Secret(value: value, origin: origin)
        }

        for name in roadmap.accountNames {
            add(name, LocalizedText(en: "account name", zh: "客户名称"))
        }
        for deal in roadmap.deals {
            add(deal.header.title, LocalizedText(en: "title of deal \(deal.id)", zh: "商机 \(deal.id) 的标题"))
            add(deal.lostReason, LocalizedText(en: "loss reason of deal \(deal.id)", zh: "商机 \(deal.id) 的输单原因"))
            for form in amountForms(deal.amount.amount) {
                add(form, LocalizedText(en: "amount of deal \(deal.id)", zh: "商机 \(deal.id) 的金额"))
            }
            addNotes(deal.header, &secrets)
        }
        for rep in roadmap.reps {
            add(rep.name, LocalizedText(en: "name of rep \(rep.id)", zh: "销售 \(rep.id) 的姓名"))
        }
        // Deals, requests, reps, plans and accounts are internal as a whole, their descriptions too.
        var internalHeaders = roadmap.deals.map(\.header) + roadmap.requests.map(\.header) + roadmap.reps.map(\.header)
        internalHeaders += roadmap.plans.map(\.header) + roadmap.accounts.compactMap(\.header)
        for header in internalHeaders {
            addSentences(of: header.descriptionText, LocalizedText(
                en: "description of \(header.kind.rawValue) \(header.id)", zh: "\(header.kind.rawValue) \(header.id) 的说明"
            ), &secrets)
        }
        for request in roadmap.requests {
            add(request.header.title, LocalizedText(en: "title of request \(request.id)", zh: "客户需求 \(request.id) 的标题"))
        }
        for plan in roadmap.plans {
            add(plan.header.title, LocalizedText(en: "title of plan \(plan.id)", zh: "客户计划 \(plan.id) 的标题"))
        }
        let wordingOfPublicTitles = internalTitlesInsidePublicTitles(roadmap, publicFeatures)
        for feature in roadmap.features {
            // An internal title inside a public one ("报表" in "智能报表") is the public title's own wording.
            let title = feature.header.title
            if !feature.isPublic, !wordingOfPublicTitles.contains(title) {
                add(title, LocalizedText(en: "title of internal feature \(feature.id)", zh: "内部功能 \(feature.id) 的标题"))
            }
            addNotes(feature.header, &secrets)
        }
        addCustomFields(roadmap, add)
        for term in roadmap.config.glossary {
            add(term.internal, LocalizedText(en: "internal term (glossary)", zh: "内部术语（术语表）"))
        }

        for value in publicValues(publicFeatures) { secrets[value] = nil }
        return secrets.values.sorted { $0.value < $1.value }
    }

    /// Returns the internal feature titles that occur inside a public title, found with one
    /// automaton pass over all public titles instead of comparing every pair.
    private static func internalTitlesInsidePublicTitles(_ roadmap: Roadmap, _ publicFeatures: [FeatureView]) -> Set<String> {
        let titles = roadmap.features.filter { !$0.isPublic }.map {
            LeakGuard.Secret(value: $0.header.title, origin: LocalizedText(en: "", zh: ""))
        }
        guard !titles.isEmpty else { return [] }
        let finder = LeakGuard(secrets: titles, escapedForms: false)
        var found = Set<String>()
        for feature in publicFeatures {
            for secret in finder.scan(feature.title.utf8) { found.insert(secret.value) }
        }
        return found
    }

    /// Adds the values of internal custom fields on every item, and of every custom field on the
    /// kinds that never reach the public site (all but features), in the forms a page may show them.
    private static func addCustomFields(_ roadmap: Roadmap, _ add: (String?, LocalizedText) -> Void) {
        var headers = roadmap.features.map(\.header) + roadmap.requests.map(\.header) + roadmap.deals.map(\.header)
        headers += roadmap.reps.map(\.header) + roadmap.plans.map(\.header) + roadmap.goals.map(\.header)
        headers += roadmap.accounts.compactMap(\.header)
        for header in headers {
            for field in roadmap.config.customFields {
                guard let value = header.customFields[field.id], !field.isPublic || header.kind != .feature else { continue }
                let origin = LocalizedText(
                    en: "internal field `\(field.id)` of \(header.kind.rawValue) \(header.id)",
                    zh: "\(header.kind.rawValue) \(header.id) 的内部字段 `\(field.id)`"
                )
                switch value {
                case .number(let number): for form in amountForms(number) { add(form, origin) }
                case .money(let money): for form in amountForms(money.amount) { add(form, origin) }
                case .choices(let choices): for choice in choices { add(choice, origin) }
                case .date: continue
                default: add(value.plainText, origin)
                }
            }
        }
    }

    /// Adds each sentence of the internal notes as a secret of its own, so a paraphrase elsewhere
    /// is not caught but a copied sentence is.
    private static func addNotes(_ header: ItemHeader, _ secrets: inout [String: LeakGuard.Secret]) {
        addSentences(of: header.notesText, LocalizedText(
            en: "internal notes of \(header.kind.rawValue) \(header.id)", zh: "\(header.kind.rawValue) \(header.id) 的内部备注"
        ), &secrets)
    }

    /// Adds each sentence of `text` of at least 6 characters. Sentences end at a line break or at
    /// `。！？；` or `.!?;` followed by a space, because a rendered paragraph joins its source lines.
    private static func addSentences(of text: String, _ origin: LocalizedText, _ secrets: inout [String: LeakGuard.Secret]) {
        for sentence in sentences(text) where sentence.count >= 6 && secrets[sentence] == nil {
            secrets[sentence] = LeakGuard.Secret(value: sentence, origin: origin)
        }
    }

    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character?
        // The terminator is left out, so a copy that ends differently still matches.
        func finish() {
            var sentence = Substring(current.trimmingWhitespace())
            while let last = sentence.last, ".!?;".contains(last) { sentence.removeLast() }
            if !sentence.isEmpty { result.append(String(sentence)) }
            current = ""
        }
        for character in text {
            if character == "\n" || "。！？；".contains(character) {
                finish()
            } else if character == " ", let last = previous, ".!?;".contains(last) {
                finish()
            } else {
                current.append(character)
            }
            previous = character
        }
        finish()
        return result
    }

    /// Returns the ways an amount can be written on a page: `1200000`, `1,200,000`. Amounts under 10,000
    /// are skipped because such numbers appear in ordinary text (years, counts).
    static func amountForms(_ amount: Double) -> [String] {
        guard abs(amount) >= 10_000 else { return [] }
        return [NumberFormatting.plain(amount), NumberFormatting.grouped(amount, decimals: amount == amount.rounded() ? 0 : 2)]
    }

    static func isDistinctive(_ value: String) -> Bool {
        if value.unicodeScalars.allSatisfy(\.isASCII) { return value.count >= 4 }
        return value.count >= 2
    }

    private static func publicValues(_ features: [FeatureView]) -> Set<String> {
        var values = Set<String>()
        for feature in features {
            values.insert(feature.title)
            if let product = feature.product { values.insert(product) }
            if let team = feature.team { values.insert(team) }
            for tag in feature.tags { values.insert(tag) }
        }
        return values
    }
}
