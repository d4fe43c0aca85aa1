/// A language the pages and the command speak.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case zhCN = "zh-CN"
    case en = "en"

    /// Picks the command's language from POSIX locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`),
    /// in that order of precedence; Chinese when the first one set starts with `zh`.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zhCN : .en
        }
        return .en
    }
}
