/// The build's warning when git ran but its history could not be read. A site outside git, or a
/// machine without git, is a normal case that the pages explain, so it gets no warning.
enum HistoryDiagnostics {
    static func warnings(_ history: ContentHistory) -> [Diagnostic] {
        guard case .failed(let message) = history.unavailable else { return [] }
        return [Diagnostic(
            .warning,
            at: nil,
            problem: LocalizedText(
                en: "reading the git history of content/ failed: \(message)",
                zh: "读取 content/ 的 git 历史失败：\(message)"
            ),
            hint: LocalizedText(
                en: "run `git log -- content/` in the site folder to see the problem; the history pages say that no history is available",
                zh: "在站点文件夹中运行 `git log -- content/` 查看问题；历史页面会说明暂无历史"
            )
        )]
    }
}
