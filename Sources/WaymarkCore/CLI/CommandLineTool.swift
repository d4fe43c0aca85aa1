import Foundation

/// The `waymark` command: parses arguments, runs a command, prints in the user's language and
/// returns the exit code (0 success, 1 content errors, 2 usage errors).
public struct CommandLineTool {
    public var arguments: [String]
    public var environment: [String: String]
    public var workingDirectory: URL
    /// The system date; injected so tests do not depend on the clock.
    public var today: CalendarDay
    public var output: (String) -> Void
    public var errorOutput: (String) -> Void

    public init(
        arguments: [String], environment: [String: String], workingDirectory: URL, today: CalendarDay,
        output: @escaping (String) -> Void, errorOutput: @escaping (String) -> Void
    ) {
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.today = today
        self.output = output
        self.errorOutput = errorOutput
    }

    public static let version = "0.1.0"

    struct UsageError: Error {
        var message: String
    }

    struct BuildArguments {
        var site: URL
        var audiences: Set<Audience> = Set(Audience.allCases)
        var publicOutput: URL?
        var internalOutput: URL?
        var today: CalendarDay
        var format: CheckFormat?
    }

    public func run() -> Int32 {
        var language = Language.fromEnvironment(environment)
        var rest = Array(arguments.dropFirst())
        if let index = rest.firstIndex(of: "--lang"), index + 1 < rest.count, let chosen = Language(rawValue: rest[index + 1]) {
            language = chosen
            rest.removeSubrange(index...(index + 1))
        }
        guard let command = rest.first else {
            output(CommandStrings.text("usage", language))
            return 2
        }
        let options = Array(rest.dropFirst())
        switch command {
        case "-h", "--help", "help":
            output(CommandStrings.text("usage", language))
            return 0
        case "version", "--version":
            output("waymark \(CommandLineTool.version)")
            return 0
        case "build", "check":
            if options.contains("-h") || options.contains("--help") {
                output(CommandStrings.text("usage", language))
                return 0
            }
            do {
                let parsed = try parseBuildArguments(options, language)
                return runBuild(parsed, write: command == "build", language)
            } catch {
                errorOutput(error.message + "\n" + CommandStrings.text("seeHelp", language))
                return 2
            }
        case "stats":
            return StatsCommand(options: options, language: language, workingDirectory: workingDirectory, today: today, output: output, errorOutput: errorOutput).run()
        case "init":
            return InitCommand(tool: self, language: language).run(options)
        case "new":
            return NewCommand(tool: self, language: language).run(options)
        case "serve":
            return ServeCommand(tool: self, language: language).run(options)
        case "benchmark-rebuild":
            // Hidden: measures the preview server's one-item rebuild for BENCHMARKS.md.
            return RebuildBenchmarkCommand(tool: self, language: language).run(options)
        case "import":
            return ImportCommand(options: options, workingDirectory: workingDirectory, language: language, output: output, errorOutput: errorOutput).run()
        default:
            errorOutput(CommandStrings.text("unknownCommand", language, command) + "\n" + CommandStrings.text("seeHelp", language))
            return 2
        }
    }

    private func parseBuildArguments(_ options: [String], _ language: Language) throws(UsageError) -> BuildArguments {
        var parsed = BuildArguments(site: workingDirectory, today: today)
        var index = 0
        func value(_ name: String) throws(UsageError) -> String {
            index += 1
            guard index < options.count else { throw UsageError(message: CommandStrings.text("missingValue", language, name)) }
            return options[index]
        }
        while index < options.count {
            let option = options[index]
            switch option {
            case "--site":
                parsed.site = resolve(try value(option))
            case "--output":
                parsed.publicOutput = resolve(try value(option))
            case "--internal-output":
                parsed.internalOutput = resolve(try value(option))
            case "--audience":
                let who = try value(option)
                switch who {
                case "public": parsed.audiences = [.public]
                case "internal": parsed.audiences = [.internal]
                case "all": parsed.audiences = Set(Audience.allCases)
                default: throw UsageError(message: CommandStrings.text("invalidValue", language, option, who, "public, internal, all"))
                }
            case "--format":
                let name = try value(option)
                guard let format = CheckFormat(rawValue: name) else {
                    throw UsageError(message: CommandStrings.text("invalidValue", language, option, name, "text, json, github"))
                }
                parsed.format = format
            case "--today":
                let text = try value(option)
                guard let date = try? RoadmapDate(parsing: text), let day = date.calendarDay else {
                    throw UsageError(message: CommandStrings.text("invalidValue", language, option, text, "YYYY-MM-DD"))
                }
                parsed.today = day
            default:
                throw UsageError(message: CommandStrings.text("unknownOption", language, option))
            }
            index += 1
        }
        if parsed.publicOutput == nil { parsed.publicOutput = parsed.site.appendingPathComponent("public") }
        if parsed.internalOutput == nil { parsed.internalOutput = parsed.site.appendingPathComponent("internal") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parsed.site.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError(message: CommandStrings.text("siteNotFound", language, parsed.site.path))
        }
        guard FileManager.default.fileExists(atPath: parsed.site.appendingPathComponent("content").path) else {
            throw UsageError(message: CommandStrings.text("noContent", language, parsed.site.path))
        }
        return parsed
    }

    private func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
    }

    private func runBuild(_ arguments: BuildArguments, write: Bool, _ language: Language) -> Int32 {
        let options = SiteBuilder.Options(
            site: arguments.site, publicOutput: arguments.publicOutput, internalOutput: arguments.internalOutput,
            audiences: arguments.audiences, today: arguments.today, write: write
        )
        let total = SiteBuilder.stepNames.count
        let report = SiteBuilder.build(options) { index, name in
            let label = name == "project" ? CommandStrings.text("step.project", language) : CommandStrings.text("step." + name, language)
            errorOutput("[\(index)/\(total)] \(label)")
        }

        let diagnostics = report.diagnostics
        let format = CheckFormat.resolve(arguments.format, environment: environment)
        format.print(diagnostics, language, output: output, errorOutput: errorOutput)
        let warnings = diagnostics.warnings
        errorOutput(CommandStrings.text("summaryErrors", language, String(diagnostics.errors.count), String(warnings.count)))
        if !report.leaks.isEmpty {
            errorOutput(CommandStrings.text("leaksFound", language, String(Set(report.leaks.map(\.file)).count)))
        }

        guard report.succeeded else {
            if write { errorOutput(CommandStrings.text("buildFailed", language)) }
            return 1
        }

        if write {
            var parts: [String] = []
            if let count = report.fileCounts[.public], let folder = arguments.publicOutput {
                parts.append(CommandStrings.text("builtAudience", language, String(count), folder.path))
            }
            if let count = report.fileCounts[.internal], let folder = arguments.internalOutput {
                parts.append(CommandStrings.text("builtAudience", language, String(count), folder.path))
            }
            output(CommandStrings.text("built", language, String(report.itemCount), parts.joined(separator: language == .zhCN ? "；" : "; ")))
        } else if format == .json {
            errorOutput(CommandStrings.text("checkPassed", language, String(report.itemCount)))
        } else {
            output(CommandStrings.text("checkPassed", language, String(report.itemCount)))
        }
        return 0
    }
}
