import Foundation

/// Guards the folders a build replaces: an output folder must not hold the site's sources, and an
/// existing folder is replaced only when an earlier build wrote it (it has the marker file) or it
/// is empty.
enum OutputFolderCheck {
    static func problem(output: String, site: String) -> Diagnostic? {
        let sources = [site + "/content", site + "/Templates", site + "/roadmap.yml"]
        let holdsSources = output == site || site.hasPrefix(output + "/")
            || sources.contains { output == $0 || output.hasPrefix($0 + "/") }
        if holdsSources {
            return Diagnostic(
                at: nil,
                problem: LocalizedText(
                    en: "the output folder \(output) is or contains the site's sources",
                    zh: "输出目录 \(output) 就是站点源文件所在位置，或包含站点源文件"
                ),
                hint: LocalizedText(
                    en: "choose a folder outside content/ and Templates/, such as the default public/ and internal/",
                    zh: "请选择 content/ 与 Templates/ 之外的目录，例如默认的 public/ 和 internal/"
                )
            )
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: output, isDirectory: &isDirectory) else { return nil }
        let marker = output + "/" + OutputStaging.markerName
        let entries = isDirectory.boolValue ? ((try? manager.contentsOfDirectory(atPath: output)) ?? []) : ["(file)"]
        guard !entries.isEmpty, !manager.fileExists(atPath: marker) else { return nil }
        return Diagnostic(
            at: nil,
            problem: LocalizedText(
                en: "the output folder \(output) already exists and was not written by waymark; a build would replace it",
                zh: "输出目录 \(output) 已存在且不是由 waymark 生成的；生成时会被整个替换"
            ),
            hint: LocalizedText(
                en: "choose another folder, or delete or empty this one if its contents can go",
                zh: "请换一个目录；如果其中内容可以删除，请先删除或清空该目录"
            )
        )
    }
}
