/// Workflow commands that make GitHub Actions show a diagnostic on the pull request's line.
enum GitHubAnnotation {
    static func line(for diagnostic: Diagnostic, _ language: Language) -> String {
        let command = diagnostic.severity == .error ? "error" : "warning"
        var properties: [String] = []
        if let location = diagnostic.location {
            properties.append("file=\(escapeProperty(location.file))")
            properties.append("line=\(location.line)")
            properties.append("col=\(location.column)")
        }
        if let field = diagnostic.field { properties.append("title=\(escapeProperty(field))") }
        var message = diagnostic.problem.text(language)
        if let expected = diagnostic.expected { message += (language == .zhCN ? "；应为：" : "; expected: ") + expected.text(language) }
        if let hint = diagnostic.hint { message += (language == .zhCN ? "。修复：" : ". Fix: ") + hint.text(language) }
        let head = properties.isEmpty ? "::\(command)" : "::\(command) " + properties.joined(separator: ",")
        return head + "::" + escapeData(message)
    }

    /// `%`, CR and LF are percent-encoded in the message, as the workflow command syntax requires.
    static func escapeData(_ text: String) -> String {
        text.replacingEvery("%", with: "%25").replacingEvery("\r", with: "%0D").replacingEvery("\n", with: "%0A")
    }

    /// Properties also encode `:` and `,`, which separate them.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingEvery(":", with: "%3A").replacingEvery(",", with: "%2C")
    }
}
