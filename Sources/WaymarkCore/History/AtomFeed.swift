/// Writes the Atom 1.0 feed (RFC 4287) of public changes. Every date comes from the commits, so
/// the same repository state gives the same bytes.
struct AtomFeed {
    let context: PageContext
    /// The newest commit that changed the content: the feed's `updated`.
    let newest: ContentCommit
    /// The oldest commit that changed the content, which names the feed in its id.
    let root: ContentCommit
    let sentence: (PublicChange) -> String

    /// The newest entries kept in the feed; the page lists every change.
    static let maxEntries = 50

    func render(_ entries: [(PublicChange, FeatureView)]) -> String {
        let language = context.language
        let siteTitle = Glossary(context.config.glossary).apply(toText: context.config.title)
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(language.rawValue)\">",
            element("id", tagURI(day: root.day, specific: root.hash + "/" + language.rawValue), indent: 2),
            element("title", siteTitle + " · " + PageStrings.text("whatsNew", language), indent: 2),
            element("updated", newest.timestamp, indent: 2),
            "  <author>" + element("name", siteTitle, indent: 0) + "</author>",
            link(rel: "self", type: "application/atom+xml", path: WhatsNewPage.feedPath, indent: 2),
            link(rel: "alternate", type: "text/html", path: WhatsNewPage.path, indent: 2),
        ]
        for (change, feature) in entries.prefix(Self.maxEntries) {
            let text = sentence(change)
            lines.append("  <entry>")
            lines.append(element("id", tagURI(day: change.commit.day, specific: [change.commit.hash, feature.id, change.kind.name].joined(separator: "/")), indent: 4))
            lines.append(element("title", feature.title + " · " + text, indent: 4))
            lines.append(element("updated", change.commit.timestamp, indent: 4))
            lines.append(link(rel: "alternate", type: "text/html", path: "features/\(feature.id).html", indent: 4))
            lines.append(element("summary", feature.summary.map { text + " · " + $0 } ?? text, indent: 4))
            lines.append("  </entry>")
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A `tag:` URI (RFC 4151): stable, unique per commit, and needing no domain of our own.
    private func tagURI(day: CalendarDay, specific: String) -> String {
        "tag:waymark," + day.description + ":" + specific
    }

    /// `path` relative to the feed, or absolute when `base_url` is an absolute http(s) address.
    private func href(_ path: String) -> String {
        let base = context.config.baseURL
        guard base.hasPrefix("http://") || base.hasPrefix("https://") else { return path }
        return (base.hasSuffix("/") ? base : base + "/") + context.languageFolder + path
    }

    private func element(_ name: String, _ text: String, indent: Int) -> String {
        String(repeating: " ", count: indent) + "<\(name)>" + XMLEscaping.escape(text) + "</\(name)>"
    }

    private func link(rel: String, type: String, path: String, indent: Int) -> String {
        String(repeating: " ", count: indent) + "<link rel=\"\(rel)\" type=\"\(type)\" href=\"\(XMLEscaping.escape(href(path)))\"/>"
    }
}
