/// A sales team's roadmap: reps, deals moving through the stages, and requests tied to deals.
enum SMEScaffold {
    static func files(_ say: ScaffoldPhrases) -> [ScaffoldFile] {
        let northwind = say("Northwind Traders", "北风贸易")
        return [
            ScaffoldConfig(title: say("Acme CRM roadmap", "启航 CRM 产品路线图"), currency: say("USD", "CNY")).file(say),
            say.item("content/features/quote-builder.md", [
                "title: \(say("Quote builder", "报价单生成"))",
                "status: planned",
                "start: 2027-01",
                "end: 2027-Q2",
                "visibility: public",
                "summary: \(say("Build a quote from the price list and send it for signature.", "根据价目表生成报价单并发送签署。"))",
            ], body: say("Discount rules follow the approval matrix.", "折扣规则遵循审批矩阵。")),
            say.item("content/features/sales-forecast.md", [
                "title: \(say("Sales forecast", "销售预测"))",
                "status: beta",
                "horizon: now",
                "visibility: public",
                "summary: \(say("Weighted pipeline per month, per rep and per team.", "按月份、销售和团队查看加权管道。"))",
            ], body: say("In beta with five customers.", "已有五家客户参与公测。")),
            say.item("content/reps/alex-morgan.md", [
                "title: \(say("Alex Morgan", "王磊"))",
                "name: \(say("Alex Morgan", "王磊"))",
                "team: \(say("Sales", "销售部"))",
                "joined: 2022-04-01",
                "quota:",
                "  2027: \(say("600000", "4000000"))",
            ], body: say("Head of sales.", "销售负责人。")),
            say.item("content/reps/jamie-lee.md", [
                "title: \(say("Jamie Lee", "李娜"))",
                "name: \(say("Jamie Lee", "李娜"))",
                "team: \(say("Sales", "销售部"))",
                "manager: alex-morgan",
                "joined: 2024-02-19",
                "quota:",
                "  2027: \(say("400000", "2500000"))",
            ], body: say("Account executive for mid-sized accounts.", "负责中型客户的客户经理。")),
            say.item("content/deals/northwind-crm.md", [
                "title: \(say("Northwind CRM rollout", "北风贸易 CRM 上线"))",
                "account: \(northwind)",
                "owner: jamie-lee",
                "stage: proposal",
                "amount: \(say("48000", "320000"))",
                "opened: 2026-09-01",
                "close: 2027-01-31",
                "key_dates:",
                "  demo: 2026-10-12",
                "stage_since: 2026-11-03",
                "features: [quote-builder]",
            ], body: say("They will sign once quotes can be built in the CRM.", "客户表示报价单功能上线后即签约。")),
            say.item("content/deals/contoso-forecast.md", [
                "title: \(say("Contoso sales forecast", "康拓科技销售预测"))",
                "account: \(say("Contoso", "康拓科技"))",
                "owner: alex-morgan",
                "stage: negotiation",
                "amount: \(say("30000", "200000"))",
                "opened: 2026-07-15",
                "close: 2026-12-20",
                "features: [sales-forecast]",
            ], body: say("Legal review of the contract is under way.", "合同正在法务审核。")),
            say.item("content/deals/fabrikam-pilot.md", [
                "title: \(say("Fabrikam pilot", "法布瑞克试点"))",
                "account: \(say("Fabrikam", "法布瑞克"))",
                "owner: jamie-lee",
                "stage: won",
                "amount: \(say("12000", "80000"))",
                "opened: 2026-05-10",
                "close: 2026-08-30",
            ], body: say("Won after a two-week pilot.", "两周试点后赢单。")),
            say.item("content/requests/northwind-quotes.md", [
                "title: \(say("Quotes in the CRM", "在 CRM 中生成报价单"))",
                "account: \(northwind)",
                "feature: quote-builder",
                "deal: northwind-crm",
                "date: 2026-10-12",
                "source: meeting",
                "importance: critical",
            ], body: say("Raised at the demo by their sales director.", "对方销售总监在演示会上提出。")),
        ]
    }
}
