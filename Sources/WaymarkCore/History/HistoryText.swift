/// The sentence a history page shows instead of its content when the history cannot be read.
enum HistoryText {
    /// Returns nil when the history is available. `detailed` adds git's own message, which only
    /// the internal site shows because it can name folders on the build machine.
    static func unavailable(_ history: ContentHistory, language: Language, detailed: Bool) -> String? {
        switch history.unavailable {
        case nil: return nil
        case .notARepository: return PageStrings.text("history.notARepository", language)
        case .gitMissing: return PageStrings.text("history.gitMissing", language)
        case .failed(let message):
            return detailed ? AnalysisText.format("history.failedDetail", language, message) : PageStrings.text("history.failed", language)
        }
    }
}
