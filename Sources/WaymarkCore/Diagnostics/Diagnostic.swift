/// A position in a source file; `line` and `column` count from 1, columns in Unicode scalars.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A user-facing text in both languages, chosen when it is printed.
public struct LocalizedText: Hashable, Sendable {
    public var en: String
    public var zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    public func text(_ language: Language) -> String {
        language == .zhCN ? zh : en
    }
}

/// One problem found in the content: where, which field, what is wrong, what was expected and how to fix it.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var field: String?
    public var problem: LocalizedText
    public var expected: LocalizedText?
    public var hint: LocalizedText?

    public init(
        _ severity: Severity = .error,
        at location: SourceLocation?,
        field: String? = nil,
        problem: LocalizedText,
        expected: LocalizedText? = nil,
        hint: LocalizedText? = nil
    ) {
        self.severity = severity
        self.location = location
        self.field = field
        self.problem = problem
        self.expected = expected
        self.hint = hint
    }

    /// Formats the diagnostic as `file:line:column: error: [field] problem (expected …) hint`,
    /// the form compilers use, so editors and terminals can jump to it.
    public func formatted(_ language: Language) -> String {
        var text = ""
        if let location {
            text += "\(location.file):\(location.line):\(location.column): "
        }
        let severityWord: String
        switch (severity, language) {
        case (.error, .en): severityWord = "error"
        case (.error, .zhCN): severityWord = "错误"
        case (.warning, .en): severityWord = "warning"
        case (.warning, .zhCN): severityWord = "警告"
        }
        text += severityWord + ": "
        if let field {
            text += language == .zhCN ? "字段 `\(field)`：" : "field `\(field)`: "
        }
        text += problem.text(language)
        if let expected {
            text += language == .zhCN ? "；应为：\(expected.zh)" : "; expected: \(expected.en)"
        }
        if let hint {
            text += language == .zhCN ? "。修复：\(hint.zh)" : ". Fix: \(hint.en)"
        }
        return text
    }
}

/// Diagnostics gathered across all stages of a build, so that every problem is reported, not the first.
public struct DiagnosticList: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    public mutating func append(contentsOf diagnostics: [Diagnostic]) {
        items.append(contentsOf: diagnostics)
    }

    public var errors: [Diagnostic] { items.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { items.filter { $0.severity == .warning } }
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// Diagnostics ordered by file, line and column; those without a location come first.
    public var sorted: [Diagnostic] {
        items.enumerated().sorted { left, right in
            switch (left.element.location, right.element.location) {
            case let (l?, r?): return l == r ? left.offset < right.offset : l < r
            case (nil, _?): return true
            case (_?, nil): return false
            case (nil, nil): return left.offset < right.offset
            }
        }.map(\.element)
    }
}

/// Lets a diagnostic travel in a `Result` from a stage that fails as a whole (an unreadable file).
extension Diagnostic: Error {}
