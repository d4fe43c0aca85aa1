import Foundation

/// `waymark stats`: the pipeline summary in the terminal, in the user's language.
struct StatsCommand {
    var options: [String]
    var language: Language
    var workingDirectory: URL
    var today: CalendarDay
    var output: (String) -> Void
    var errorOutput: (String) -> Void

    /// Maximum number of open deals listed by amount.
    static let topDealCount = 10

    /// Returns the exit code: 0 success, 1 content errors, 2 usage errors.
    func run() -> Int32 {
        var site = workingDirectory
        var day = today
        var index = 0
        while index < options.count {
            let option = options[index]
            switch option {
            case "-h", "--help":
                output(CommandStrings.text("statsUsage", language))
                return 0
            case "--site", "--today":
                guard index + 1 < options.count else { return usageError(CommandStrings.text("missingValue", language, option)) }
                let value = options[index + 1]
                if option == "--site" {
                    site = value.hasPrefix("/") ? URL(fileURLWithPath: value) : workingDirectory.appendingPathComponent(value)
                } else {
                    guard let date = try? RoadmapDate(parsing: value), let parsed = date.calendarDay else {
                        return usageError(CommandStrings.text("invalidValue", language, option, value, "YYYY-MM-DD"))
                    }
                    day = parsed
                }
                index += 2
            default:
                return usageError(CommandStrings.text("unknownOption", language, option))
            }
        }
        return report(site: site, today: day)
    }

    private func usageError(_ message: String) -> Int32 {
        errorOutput(message + "\n" + CommandStrings.text("seeHelp", language))
        return 2
    }

    private func report(site: URL, today: CalendarDay) -> Int32 {
        guard FileManager.default.fileExists(atPath: site.appendingPathComponent("content").path) else {
            return usageError(CommandStrings.text("noContent", language, site.path))
        }
        let loaded = SiteLoader.load(site: site)
        var diagnostics = loaded.diagnostics
        diagnostics.append(contentsOf: CurrencyConversion.validate(loaded.roadmap))
        guard !diagnostics.hasErrors else {
            for diagnostic in diagnostics.sorted where diagnostic.severity == .error {
                errorOutput(diagnostic.formatted(language))
            }
            errorOutput(CommandStrings.text("summaryErrors", language, String(diagnostics.errors.count), String(diagnostics.warnings.count)))
            return 1
        }
        let analysis = PipelineAnalysis(roadmap: loaded.roadmap, today: today)
        output(StatsReport(analysis: analysis, roadmap: loaded.roadmap, language: language).text())
        return 0
    }
}
