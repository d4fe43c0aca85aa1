/// The internal account pages: `accounts.html` listing every account, and one page per account
/// with every deal and request of it. File names come from `Slug.make(name)`.
struct AccountPages {
    let context: PageContext

    private var roadmap: Roadmap { context.roadmap }
    private var config: SiteConfig { context.config }
    private var language: Language { context.language }

    /// One account with what the pages show of it.
    private struct Entry {
        var name: String
        var slug: String
        var file: Account?
        var deals: [Deal]
        var requests: [Request]
    }

    /// Renders the pages in `scope`. An account's page reads the account, its deals and requests,
    /// the titles of the requested features and the owners' names. Every deal or request edit
    /// touches the key of its account before and after the edit, so the account key covers them.
    func render(_ scope: RenderScope = .everything) -> [OutputFile] {
        let entries = self.entries()
        var files: [OutputFile] = []
        if scope.includes(kinds: [.deal, .request, .account, .rep]) {
            files.append(listPage(entries))
            files.append(OutputFile(
                path: context.languageFolder + "accounts.json",
                text: JSONText.encode(.object(["currency": .string(config.currency), "accounts": .list(entries.map(json))]))
            ))
        }
        for entry in entries where scope.includes(keys: [.account(entry.name)] + entry.requests.map { .feature($0.feature) }, kinds: [.rep]) {
            files.append(accountPage(entry))
            files.append(OutputFile(path: context.languageFolder + "accounts/\(entry.slug).json", text: JSONText.encode(json(entry))))
        }
        return files
    }

    private func entries() -> [Entry] {
        var dealsByAccount: [String: [Deal]] = [:]
        for deal in roadmap.deals { dealsByAccount[deal.account, default: []].append(deal) }
        var requestsByAccount: [String: [Request]] = [:]
        for request in roadmap.requests { requestsByAccount[request.account, default: []].append(request) }
        var usedSlugs: Set<String> = []
        return roadmap.accountNames.map { name in
            // Two ASCII names that differ only in case or punctuation share a slug, so the later one gets a suffix.
            var slug = Slug.make(name)
            var suffix = 2
            while usedSlugs.contains(slug) {
                slug = Slug.make(name) + "-\(suffix)"
                suffix += 1
            }
            usedSlugs.insert(slug)
            return Entry(
                name: name, slug: slug, file: roadmap.accounts.first { $0.name == name },
                deals: dealsByAccount[name] ?? [], requests: requestsByAccount[name] ?? []
            )
        }
    }

    private func money(_ amount: Double) -> String {
        NumberFormatting.money(amount, currency: config.currency, language: language)
    }

    private func summary(_ entry: Entry) -> [String: TemplateValue] {
        let conversion = CurrencyConversion(config: config)
        func total(_ state: SiteConfig.Stage.State) -> Double {
            entry.deals.filter { config.stage($0.stage)?.state == state }.reduce(0) { $0 + (conversion.convert($1.amount) ?? 0) }
        }
        return [
            "name": .string(entry.name),
            "url": .string("accounts/\(entry.slug).html"),
            "industry": entry.file?.industry.map(TemplateValue.string) ?? .null,
            "region": entry.file?.region.map(TemplateValue.string) ?? .null,
            "owner": entry.file?.owner.map { .string(roadmap.repName($0)) } ?? .null,
            "dealCount": .int(entry.deals.count),
            "requestCount": .int(entry.requests.count),
            "openAmount": .string(money(total(.open))),
            "wonAmount": .string(money(total(.won))),
        ]
    }

    private func listPage(_ entries: [Entry]) -> OutputFile {
        let path = "accounts.html"
        let title = PageStrings.text("accounts", language)
        let body = context.theme.render("accounts", context.bodyContext(path: path, title: title, [
            "amountsNote": .string(AnalysisText.format("amountsIn", language, config.currency)),
            "accounts": .list(entries.map { .object(summary($0)) }),
        ]))
        return context.page(path: path, title: title, navigationKey: "accounts", body: body, jsonPath: "accounts.json")
    }

    private func accountPage(_ entry: Entry) -> OutputFile {
        let path = "accounts/\(entry.slug).html"
        var values = summary(entry)
        values["deals"] = .list(entry.deals.map(dealRow))
        values["hasDeals"] = .bool(!entry.deals.isEmpty)
        values["requests"] = .list(entry.requests.map(requestRow))
        values["hasRequests"] = .bool(!entry.requests.isEmpty)
        values["descriptionHTML"] = .string(entry.file?.header?.descriptionHTML ?? "")
        let body = context.theme.render("account", context.bodyContext(path: path, title: entry.name, [
            "account": .object(values),
            "amountsNote": .string(AnalysisText.format("amountsIn", language, config.currency)),
        ]))
        return context.page(path: path, title: entry.name, navigationKey: nil, body: body, jsonPath: "accounts/\(entry.slug).json")
    }

    private func dealRow(_ deal: Deal) -> TemplateValue {
        .object([
            "title": .string(deal.header.title),
            "url": .string("deals/\(deal.id).html"),
            "owner": .string(roadmap.repName(deal.owner)),
            "stageLabel": .string(config.stageLabel(deal.stage, language)),
            "amount": .string(NumberFormatting.money(deal.amount, language: language)),
            "opened": context.date(deal.opened).map(TemplateValue.string) ?? .null,
            "close": context.date(deal.close).map(TemplateValue.string) ?? .null,
        ])
    }

    private func requestRow(_ request: Request) -> TemplateValue {
        let feature = roadmap.feature(request.feature)
        return .object([
            "title": .string(request.header.title),
            "feature": .string(feature?.header.title ?? request.feature),
            "featureURL": feature == nil ? .null : .string("features/\(request.feature).html"),
            "date": context.date(request.date).map(TemplateValue.string) ?? .null,
            "source": request.source.map(TemplateValue.string) ?? .null,
            "importance": request.importance.map(TemplateValue.string) ?? .null,
        ])
    }

    private func json(_ entry: Entry) -> TemplateValue {
        .object([
            "name": .string(entry.name),
            "url": .string("accounts/\(entry.slug).html"),
            "deals": .list(entry.deals.map { .string($0.id) }),
            "requests": .list(entry.requests.map { .string($0.id) }),
        ])
    }
}
