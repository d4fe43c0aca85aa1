import Foundation

/// The import entry points: read a source file, convert its records, plan the item files, write.
///
/// A fatal problem (unreadable file, unknown encoding, malformed CSV, an undecidable date column)
/// throws before anything is written. Rejected rows do not stop the import and are listed in the
/// summary.
public struct Importer: Sendable {
    /// The folder holding `content/`.
    public var siteRoot: URL
    /// The file's encoding; nil detects it.
    public var encoding: TextEncoding?
    /// The CSV delimiter; nil detects it.
    public var delimiter: Character?
    public var dateOrder: DateOrder?
    public var amountParser: AmountParser
    /// Plans without writing.
    public var dryRun: Bool

    public init(
        siteRoot: URL,
        encoding: TextEncoding? = nil,
        delimiter: Character? = nil,
        dateOrder: DateOrder? = nil,
        amountParser: AmountParser = AmountParser(),
        dryRun: Bool = false
    ) {
        self.siteRoot = siteRoot
        self.encoding = encoding
        self.delimiter = delimiter
        self.dateOrder = dateOrder
        self.amountParser = amountParser
        self.dryRun = dryRun
    }

    /// Imports the CSV file at `file` through `mapping`.
    @discardableResult
    public func importCSV(_ file: URL, mapping: ImportMapping) throws(ImportError) -> ImportSummary {
        let table = try readCSV(file)
        let conversion = try TableImporter(mapping: mapping, amountParser: amountParser, dateOrder: dateOrder).convert(table)
        return try apply(conversion)
    }

    /// Imports feature items from a JSON file or a folder of JSON files.
    @discardableResult
    public func importFeatures(_ source: URL, mapping: FeatureJSONMapping = .microsoft365Roadmap) throws(ImportError) -> ImportSummary {
        let conversion = try FeatureJSONImporter(mapping: mapping).convert(source)
        return try apply(conversion)
    }

    /// Reads and decodes a CSV file.
    public func readCSV(_ file: URL) throws(ImportError) -> CSVTable {
        let bytes = try Importer.readBytes(file)
        guard let chosen = encoding ?? TextEncoding.detect(bytes) else {
            throw ImportError(Diagnostic(
                at: SourceLocation(file: file.path, line: 1, column: 1),
                problem: ImportMessages.undetectedEncoding,
                hint: ImportMessages.nameEncodingHint
            ))
        }
        let text = try chosen.decode(bytes, file: file.path)
        return try CSVReader(delimiter: delimiter).read(text, file: file.path)
    }

    private func apply(_ conversion: RecordConversion) throws(ImportError) -> ImportSummary {
        let plan = try ImportPlan(conversion: conversion, siteRoot: siteRoot)
        if !dryRun {
            try plan.write()
        }
        return plan.summary
    }

    static func readBytes(_ file: URL) throws(ImportError) -> [UInt8] {
        do {
            return [UInt8](try Data(contentsOf: file))
        } catch {
            throw ImportError(Diagnostic(
                at: SourceLocation(file: file.path, line: 1, column: 1),
                problem: ImportMessages.unreadableFile(error.localizedDescription)
            ))
        }
    }
}
