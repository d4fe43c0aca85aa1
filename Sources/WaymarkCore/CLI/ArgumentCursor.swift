/// Walks a command's options one at a time; `value` reads the argument after an option such as `--site DIR`.
struct ArgumentCursor {
    private let arguments: [String]
    private let language: Language
    private var index = 0

    init(_ arguments: [String], _ language: Language) {
        self.arguments = arguments
        self.language = language
    }

    /// The next argument, or nil at the end.
    mutating func next() -> String? {
        guard index < arguments.count else { return nil }
        defer { index += 1 }
        return arguments[index]
    }

    /// The value of `option`, which must follow it.
    mutating func value(of option: String) throws(CommandLineTool.UsageError) -> String {
        guard let value = next() else {
            throw CommandLineTool.UsageError(message: CommandStrings.text("missingValue", language, option))
        }
        return value
    }
}
