@testable import WaymarkCore

/// A site with 10 open deals, 7 of them (70%) in negotiation: 4 owned by 王芳 (wang), 3 by 陈明
/// (chen). 王芳 also has four won deals and one lost deal with worked-out dates.
enum PipelineFixture {
    static let today = CalendarDay(year: 2026, month: 12, day: 4) ?? CalendarDay(dayNumber: 0)

    static let files: [String: String] = [
        "roadmap.yml": """
            title: 测试路线图
            language: zh-CN
            currency: CNY
            exchange_rates:
              USD: 7
            """,
        "content/reps/wang.md": """
            ---
            title: 王芳
            name: 王芳
            region: 华东
            roles:
              - {title: 客户经理, since: 2022-03-01}
              - {title: 大客户经理, since: 2025-01-01}
            ---
            """,
        "content/reps/chen.md": "---\ntitle: 陈明\nname: 陈明\n---\n",
        "content/reps/zhou.md": "---\ntitle: 周亮\nname: 周亮\n---\n",
        // Negotiation (default probability 0.7): 王芳 4, 陈明 3.
        "content/deals/n1.md": SiteFixture.deal("n1", owner: "wang", stage: "negotiation", amount: 100_000, extra: "stage_since: 2026-06-01"),
        "content/deals/n2.md": SiteFixture.deal("n2", owner: "wang", stage: "negotiation", amount: 200_000),
        "content/deals/n3.md": SiteFixture.deal("n3", owner: "wang", stage: "negotiation", amount: 300_000, extra: "probability: 0.9"),
        "content/deals/n4.md": SiteFixture.deal("n4", owner: "wang", stage: "negotiation", amount: 100_000, extra: "currency: USD"),
        "content/deals/n5.md": SiteFixture.deal("n5", owner: "chen", stage: "negotiation", amount: 150_000),
        "content/deals/n6.md": SiteFixture.deal("n6", owner: "chen", stage: "negotiation", amount: 250_000),
        "content/deals/n7.md": SiteFixture.deal("n7", owner: "chen", stage: "negotiation", amount: 100_000),
        "content/deals/d1.md": SiteFixture.deal("d1", owner: "zhou", stage: "demo", amount: 200_000),
        "content/deals/p1.md": SiteFixture.deal("p1", owner: "zhou", stage: "proposal", amount: 100_000),
        "content/deals/s1.md": SiteFixture.deal("s1", owner: "zhou", stage: "prospecting", amount: 100_000),
        // 王芳's closed deals: cycles of 41, 75, 90 and 44 days.
        "content/deals/w1.md": SiteFixture.deal("w1", owner: "wang", stage: "won", amount: 500_000, extra: "opened: 2026-01-10\nclose: 2026-02-20"),
        "content/deals/w2.md": SiteFixture.deal("w2", owner: "wang", stage: "won", amount: 300_000, extra: "opened: 2026-03-01\nclose: 2026-05-15"),
        "content/deals/w3.md": SiteFixture.deal("w3", owner: "wang", stage: "won", amount: 100_000, extra: "currency: USD\nopened: 2026-04-01\nclose: 2026-06-30"),
        "content/deals/w4.md": SiteFixture.deal("w4", owner: "wang", stage: "won", amount: 200_000, extra: "opened: 2026-09-01\nclose: 2026-10-15"),
        "content/deals/l1.md": SiteFixture.deal("l1", owner: "wang", stage: "lost", amount: 400_000, extra: "opened: 2026-02-01\nclose: 2026-03-31\nlost_reason: 价格"),
    ]
}
