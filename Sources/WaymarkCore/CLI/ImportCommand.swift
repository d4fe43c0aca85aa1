import Foundation

/// `waymark import FILE... --from SOURCE`: converts every file, checks the result against the
/// site's `roadmap.yml`, and writes the item files only when nothing fatal was found.
///
/// Exit codes follow `CommandLineTool`: 0 when the import succeeded (rejected rows are reported
/// but do not fail it), 1 when it failed and nothing was written, 2 for a usage error.
public struct ImportCommand {
    public var options: [String]
    public var workingDirectory: URL
    public var language: Language
    public var output: (String) -> Void
    public var errorOutput: (String) -> Void

    public init(
        options: [String], workingDirectory: URL, language: Language,
        output: @escaping (String) -> Void, errorOutput: @escaping (String) -> Void
    ) {
        self.options = options
        self.workingDirectory = workingDirectory
        self.language = language
        self.output = output
        self.errorOutput = errorOutput
    }

    /// The export formats `--from` accepts.
    public enum Source: String, CaseIterable, Sendable {
        case salesforce, hubspot, csv, json, maven
        case mavenTeams = "maven-teams"
    }

    struct Arguments {
        var files: [URL] = []
        var source: Source?
        var mappingFile: URL?
        var site: URL
        var encoding: TextEncoding?
        var delimiter: Character?
        var dateOrder: DateOrder?
        var dryRun = false
    }

    struct UsageError: Error {
        var message: String
    }

    public func run() -> Int32 {
        if options.contains("-h") || options.contains("--help") {
            output(ImportCommandStrings.text("usage", language))
            return 0
        }
        let arguments: Arguments
        do {
            arguments = try parse(options)
        } catch {
            errorOutput(error.message + "\n" + CommandStrings.text("seeHelp", language))
            return 2
        }
        do {
            let summary = try runImport(arguments)
            report(summary, arguments: arguments)
            return 0
        } catch {
            for diagnostic in error.diagnostics.sorted(by: Self.sourceOrder) {
                errorOutput(diagnostic.formatted(language))
            }
            errorOutput(ImportCommandStrings.text("importFailed", language))
            return 1
        }
    }

    // MARK: Arguments

    private func parse(_ options: [String]) throws(UsageError) -> Arguments {
        var parsed = Arguments(site: workingDirectory)
        var index = 0
        func value(_ name: String) throws(UsageError) -> String {
            index += 1
            guard index < options.count else { throw UsageError(message: CommandStrings.text("missingValue", language, name)) }
            return options[index]
        }
        func invalid(_ option: String, _ value: String, _ expected: String) -> UsageError {
            UsageError(message: CommandStrings.text("invalidValue", language, option, value, expected))
        }
        while index < options.count {
            let option = options[index]
            switch option {
            case "--from":
                let name = try value(option)
                guard let source = Source(rawValue: name.lowercased()) else {
                    throw invalid(option, name, Source.allCases.map(\.rawValue).joined(separator: ", "))
                }
                parsed.source = source
            case "--mapping":
                parsed.mappingFile = resolve(try value(option))
            case "--site":
                parsed.site = resolve(try value(option))
            case "--encoding":
                let name = try value(option)
                guard let encoding = TextEncoding(name: name) else { throw invalid(option, name, "utf-8, gb18030, windows-1252") }
                parsed.encoding = encoding
            case "--delimiter":
                let name = try value(option)
                switch name {
                case ",": parsed.delimiter = ","
                case ";": parsed.delimiter = ";"
                case "tab", "\t": parsed.delimiter = "\t"
                default: throw invalid(option, name, "',', ';', tab")
                }
            case "--date-order":
                let name = try value(option)
                guard let order = DateOrder(rawValue: name.lowercased()) else { throw invalid(option, name, "mdy, dmy") }
                parsed.dateOrder = order
            case "--dry-run":
                parsed.dryRun = true
            default:
                if option.hasPrefix("-") && option != "-" {
                    throw UsageError(message: CommandStrings.text("unknownOption", language, option))
                }
                parsed.files.append(resolve(option))
            }
            index += 1
        }

        guard !parsed.files.isEmpty else { throw UsageError(message: ImportCommandStrings.text("missingFiles", language)) }
        guard let source = parsed.source else { throw UsageError(message: ImportCommandStrings.text("missingFrom", language)) }
        if source == .csv && parsed.mappingFile == nil {
            throw UsageError(message: ImportCommandStrings.text("csvNeedsMapping", language))
        }
        if source == .json && parsed.mappingFile != nil {
            throw UsageError(message: ImportCommandStrings.text("jsonTakesNoMapping", language))
        }
        for file in parsed.files + [parsed.mappingFile].compactMap({ $0 }) where !FileManager.default.fileExists(atPath: file.path) {
            throw UsageError(message: ImportCommandStrings.text("fileNotFound", language, file.path))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parsed.site.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError(message: ImportCommandStrings.text("siteNotFound", language, parsed.site.path))
        }
        return parsed
    }

    private func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
    }

    // MARK: Import

    /// Converts every file, checks stages, statuses and owners, then writes the plan unless this
    /// is a dry run. All files go into one plan, so a fatal problem in any file writes nothing.
    /// NOTE: the files are matched against `content/` as it was before the import, so one crm_id
    /// in two of the files creates two items.
    private func runImport(_ arguments: Arguments) throws(ImportError) -> ImportSummary {
        let importer = Importer(
            siteRoot: arguments.site, encoding: arguments.encoding, delimiter: arguments.delimiter,
            dateOrder: arguments.dateOrder, dryRun: arguments.dryRun
        )
        let config = ImportSiteChecks.loadConfig(site: arguments.site)
        var conversion = RecordConversion()
        var fatal: [Diagnostic] = []
        var ownerNames: [String: String] = [:]

        let mapping = try self.mapping(for: arguments)
        for file in arguments.files {
            do {
                if let mapping {
                    let table = try importer.readCSV(file)
                    let converted = try TableImporter(mapping: mapping, amountParser: importer.amountParser, dateOrder: arguments.dateOrder)
                        .convert(table)
                    if mapping.kind == .deal {
                        fatal += ImportSiteChecks.unmappedStages(table: table, mapping: mapping, config: config)
                        ownerNames.merge(ImportSiteChecks.ownerNames(table: table, mapping: mapping)) { first, _ in first }
                    }
                    conversion.append(converted)
                } else {
                    conversion.append(try FeatureJSONImporter(mapping: .microsoft365Roadmap).convert(file))
                }
            } catch {
                fatal += error.diagnostics
            }
        }
        fatal += ImportSiteChecks.unknownStatuses(conversion.items, config: config)
        fatal += ImportSiteChecks.unconvertibleCurrencies(conversion.items, config: config)
        if !fatal.isEmpty {
            throw ImportError(fatal)
        }

        let contentRoot = arguments.site.appendingPathComponent("content", isDirectory: true)
        let ownerReps = ImportSiteChecks.repsForUnknownOwners(
            conversion.items, ownerNames: ownerNames, existing: try ContentIndex(contentRoot: contentRoot)
        )
        conversion.items += ownerReps

        let plan = try ImportPlan(conversion: conversion, siteRoot: arguments.site)
        if !arguments.dryRun {
            try plan.write()
        }
        var summary = plan.summary
        if !ownerReps.isEmpty {
            summary.diagnostics.append(Diagnostic(.warning, at: nil, problem: LocalizedText(
                en: ImportCommandStrings.text("ownerReps", .en, String(ownerReps.count)),
                zh: ImportCommandStrings.text("ownerReps", .zhCN, String(ownerReps.count))
            )))
        }
        return summary
    }

    /// Returns the CSV mapping for `--from` and `--mapping`, or nil for JSON sources.
    private func mapping(for arguments: Arguments) throws(ImportError) -> ImportMapping? {
        guard let source = arguments.source, source != .json else { return nil }
        let preset = ImportMapping.preset(named: source.rawValue)
        guard let file = arguments.mappingFile else { return preset }
        let bytes = try Importer.readBytes(file)
        let text = try TextEncoding.utf8.decode(bytes, file: file.path)
        return try MappingFileDecoder.decode(text, file: file.path, base: preset)
    }

    // MARK: Output

    private func report(_ summary: ImportSummary, arguments: Arguments) {
        for diagnostic in summary.diagnostics.sorted(by: Self.sourceOrder) {
            errorOutput(diagnostic.formatted(language))
        }
        let counts = [summary.created, summary.updated, summary.unchanged, summary.rejected].map(String.init)
        let key = arguments.dryRun ? "dryRunSummary" : "summary"
        output(ImportCommandStrings.text(key, language, counts[0], counts[1], counts[2], counts[3]))
    }

    /// Orders diagnostics by file, line and column, keeping those without a location last.
    static func sourceOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (left?, right?): left < right
        case (_?, nil): true
        default: false
        }
    }
}
