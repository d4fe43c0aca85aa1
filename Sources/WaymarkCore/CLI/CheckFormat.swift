/// The output format of diagnostics in `waymark check` and `waymark build`: `text` for people,
/// `json` for editors, `github` for GitHub Actions annotations on the pull request's lines.
enum CheckFormat: String, CaseIterable {
    /// Warnings printed in text and GitHub formats before the rest are counted.
    static let maxPrintedWarnings = 50

    case text
    case json
    case github

    /// Returns the `--format` value when given, otherwise `github` inside GitHub Actions (which sets
    /// `GITHUB_ACTIONS=true`) and `text` elsewhere.
    static func resolve(_ explicit: CheckFormat?, environment: [String: String]) -> CheckFormat {
        if let explicit { return explicit }
        return environment["GITHUB_ACTIONS"] == "true" ? .github : .text
    }

    /// Prints every diagnostic. `text` writes errors, then a warnings block, to `errorOutput`.
    /// `github` adds one workflow command per diagnostic on `output`. `json` writes only the JSON
    /// array to `output`, so an editor can parse standard output as a whole.
    func print(_ diagnostics: DiagnosticList, _ language: Language, output: (String) -> Void, errorOutput: (String) -> Void) {
        let sorted = diagnostics.sorted
        if self == .json {
            output(Self.json(sorted, language))
            return
        }
        for diagnostic in sorted where diagnostic.severity == .error {
            errorOutput(diagnostic.formatted(language))
        }
        let warnings = sorted.filter { $0.severity == .warning }
        if !warnings.isEmpty {
            errorOutput(CommandStrings.text("warningsHeader", language))
            // Thousands of warnings (a pasted export with unknown fields) would bury the errors,
            // so the terminal shows the first ones and a count; `--format json` lists them all.
            for warning in warnings.prefix(CheckFormat.maxPrintedWarnings) { errorOutput("  " + warning.formatted(language)) }
            if warnings.count > CheckFormat.maxPrintedWarnings {
                errorOutput("  " + CommandStrings.text("moreWarnings", language, String(warnings.count - CheckFormat.maxPrintedWarnings)))
            }
        }
        if self == .github {
            for diagnostic in sorted { output(GitHubAnnotation.line(for: diagnostic, language)) }
        }
    }

    /// Encodes the diagnostics as a JSON array of objects with `file`, `line`, `column`, `severity`,
    /// `field`, `message`, `expected` and `hint`. Absent values are `null`.
    static func json(_ diagnostics: [Diagnostic], _ language: Language) -> String {
        func optional(_ text: String?) -> TemplateValue { text.map { .string($0) } ?? .null }
        let objects = diagnostics.map { diagnostic -> TemplateValue in
            .object([
                "file": optional(diagnostic.location?.file),
                "line": diagnostic.location.map { .int($0.line) } ?? .null,
                "column": diagnostic.location.map { .int($0.column) } ?? .null,
                "severity": .string(diagnostic.severity.rawValue),
                "field": optional(diagnostic.field),
                "message": .string(diagnostic.problem.text(language)),
                "expected": optional(diagnostic.expected?.text(language)),
                "hint": optional(diagnostic.hint?.text(language)),
            ])
        }
        let text = JSONText.encode(.list(objects))
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
