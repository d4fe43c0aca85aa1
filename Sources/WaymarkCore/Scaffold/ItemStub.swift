/// The text of a new item for `waymark new`: every field of its kind filled with a sample value
/// that passes `waymark check`, for the user to edit.
struct ItemStub {
    var kind: ItemKind
    var title: String
    var today: CalendarDay
    var say: ScaffoldPhrases
    /// Ids and values the stub refers to, taken from the site so that references resolve.
    var status: String
    var stage: String
    var featureID: String?
    var repID: String?

    func text() -> String {
        let lines = ["title: \(Self.quoted(title))"] + fields()
        return "---\n" + lines.joined(separator: "\n") + "\n---\n" + body() + "\n"
    }

    /// A YAML double-quoted scalar, so titles with `:`, `#` or quotes stay one string.
    static func quoted(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n", "\r": escaped += " "
            default: escaped.append(character)
            }
        }
        return "\"" + escaped + "\""
    }

    private var date: String {
        let month = today.month < 10 ? "0\(today.month)" : "\(today.month)"
        let day = today.day < 10 ? "0\(today.day)" : "\(today.day)"
        return "\(today.year)-\(month)-\(day)"
    }

    private var account: String { say("Example customer", "示例客户") }

    private func fields() -> [String] {
        switch kind {
        case .feature:
            return ["status: \(status)", "horizon: next", "visibility: internal",
                    "summary: \(say("One sentence customers read.", "客户看到的一句话介绍。"))", "tags: []"]
        case .request:
            return ["account: \(account)", "feature: \(featureID ?? "")", "date: \(date)", "source: call", "importance: medium"]
        case .deal:
            return ["account: \(account)", "owner: \(repID ?? "")", "stage: \(stage)", "amount: 10000", "opened: \(date)", "features: []"]
        case .rep:
            return ["name: \(Self.quoted(title))", "team: \(say("Sales", "销售部"))", "joined: \(date)"]
        case .plan:
            return ["account: \(account)", "objective: win", "start: \(date)", "status: active", "risk: medium", "deals: []", "features: []"]
                + (repID.map { ["owner: \($0)"] } ?? [])
        case .goal:
            return ["metric: won-revenue", "target: 100000", "period: \(today.year)"]
        case .account:
            return ["name: \(Self.quoted(title))", "industry: \(say("Industry", "行业"))"]
        }
    }

    private func body() -> String {
        say("""
            Describe the \(kind.rawValue) here, in Markdown.

            <!-- internal -->
            Notes below this line appear only on the internal site.
            """, """
            在此用 Markdown 描述这个\(kind.rawValue)。

            <!-- internal -->
            此行以下的笔记只出现在内部站点上。
            """)
    }
}
