import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Every file an import will create or update, computed in memory before anything is written.
public struct ImportPlan: Sendable {
    public var files: [PlannedFile]
    public var summary: ImportSummary

    /// Matches `conversion`'s items against the items under `siteRoot/content` by `crm_id`.
    /// Existing files are merged (`FrontMatterMerger`); new ones go to `content/<kind>s/<id>.md`.
    /// - Throws: `ImportError` when an existing file cannot be read.
    public init(conversion: RecordConversion, siteRoot: URL) throws(ImportError) {
        let contentRoot = siteRoot.appendingPathComponent("content", isDirectory: true)
        var index = try ContentIndex(contentRoot: contentRoot)
        var summary = ImportSummary()
        summary.rejected = conversion.rejectedCount
        summary.diagnostics = index.warnings + conversion.rejections
        var files: [PlannedFile] = []

        for item in conversion.items {
            if let entry = index.existing(item) {
                guard let merged = FrontMatterMerger.merge(existing: entry.text, item: item) else { continue }
                if merged == entry.text {
                    summary.unchanged += 1
                } else {
                    summary.updated += 1
                    files.append(PlannedFile(path: entry.path, contents: merged, action: .update))
                }
                continue
            }
            let stem = index.claimStem(for: item)
            var entries = item.fields
            if let titleIndex = entries.firstIndex(where: { $0.key == "title" }) {
                entries.insert(("crm_id", .string(item.crmID)), at: titleIndex + 1)
            } else {
                entries.insert(("crm_id", .string(item.crmID)), at: 0)
            }
            let path = contentRoot
                .appendingPathComponent(item.kind.folder, isDirectory: true)
                .appendingPathComponent(stem + ".md")
                .path
            files.append(PlannedFile(path: path, contents: FrontMatterWriter.file(entries: entries, body: item.body), action: .create))
            summary.created += 1
        }
        self.files = files
        self.summary = summary
    }

    /// Writes every planned file. Each file is written to a temporary name in its folder and then
    /// renamed over the target, so a reader never sees half a file.
    /// NOTE: a write that fails part-way, as on a full disk, leaves the earlier files written.
    /// Rejected rows and fatal import errors cannot cause this, because the plan is complete first.
    public func write() throws(ImportError) {
        let manager = FileManager.default
        for file in files {
            let target = URL(fileURLWithPath: file.path)
            let temporary = target.deletingLastPathComponent()
                .appendingPathComponent(".\(target.lastPathComponent).waymark-import")
            do {
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try PlainFileWriter.write(Array(file.contents.utf8), toPath: temporary.path)
                // rename(2) replaces the target in one step on the same file system.
                guard rename(temporary.path, target.path) == 0 else {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
                }
            } catch {
                try? manager.removeItem(at: temporary)
                throw ImportError(Diagnostic(
                    at: SourceLocation(file: file.path, line: 1, column: 1),
                    problem: ImportMessages.unwritableFile(error.localizedDescription)
                ))
            }
        }
    }
}
