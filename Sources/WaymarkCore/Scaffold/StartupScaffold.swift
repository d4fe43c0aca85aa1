/// A young company's roadmap: public features with summaries, and the customer requests behind them.
enum StartupScaffold {
    static func files(_ say: ScaffoldPhrases) -> [ScaffoldFile] {
        [
            ScaffoldConfig(title: say("Acme Notes roadmap", "轻记笔记产品路线图"), currency: say("USD", "CNY")).file(say),
            say.item("content/features/shared-notebooks.md", [
                "title: \(say("Shared notebooks", "共享笔记本"))",
                "status: released",
                "released: 2026-09-15",
                "visibility: public",
                "summary: \(say("Invite teammates to a notebook and edit together.", "邀请同事加入笔记本，一起编辑。"))",
                "tags: [\(say("collaboration", "协作"))]",
            ], body: say("Owners can give edit or read-only access.", "所有者可以授予编辑或只读权限。")),
            say.item("content/features/offline-mode.md", [
                "title: \(say("Offline mode", "离线模式"))",
                "status: in-progress",
                "start: 2026-10",
                "end: 2027-Q1",
                "visibility: public",
                "summary: \(say("Keep writing without a connection; changes sync when you are back online.", "没有网络时也能继续写，恢复联网后自动同步。"))",
                "tags: [\(say("mobile", "移动端"))]",
            ], body: say("""
                Notes are stored on the device first.

                <!-- internal -->
                Conflict handling is still open: last writer wins for now.
                """, """
                笔记先保存在设备上。

                <!-- internal -->
                冲突处理方案尚未确定，目前以最后一次写入为准。
                """)),
            say.item("content/features/calendar-sync.md", [
                "title: \(say("Calendar sync", "日历同步"))",
                "status: exploring",
                "horizon: later",
                "visibility: public",
                "summary: \(say("See meeting notes next to the meetings in your calendar.", "在日历中的会议旁边查看会议笔记。"))",
                "tags: [\(say("integrations", "集成"))]",
            ], body: say("We are talking to customers about which calendars matter most.", "我们正在和客户确认最需要支持哪些日历。")),
            say.item("content/requests/northwind-offline.md", [
                "title: \(say("Field staff need notes without signal", "外勤人员需要在无信号时记笔记"))",
                "account: \(say("Northwind Traders", "北风贸易"))",
                "feature: offline-mode",
                "date: 2026-08-20",
                "source: call",
                "importance: high",
                "tags: [\(say("mobile", "移动端")), \(say("renewal", "续约"))]",
            ], body: say("Their sales reps visit farms with no coverage.", "他们的销售经常去没有信号的农场拜访。")),
            say.item("content/requests/contoso-calendar.md", [
                "title: \(say("Link notes to calendar events", "把笔记关联到日历事件"))",
                "account: \(say("Contoso", "康拓科技"))",
                "feature: calendar-sync",
                "date: 2026-11-02",
                "source: email",
                "importance: medium",
                "tags: [\(say("integrations", "集成"))]",
            ], body: say("Asked during the trial; not blocking the purchase.", "试用期间提出，不影响采购决定。")),
        ]
    }
}
