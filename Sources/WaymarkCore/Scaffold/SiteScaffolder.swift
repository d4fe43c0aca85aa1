import Foundation

/// Writes a new site for `waymark init`: every file of the template, or none when any would be overwritten.
public enum SiteScaffolder {
    /// The files the template writes, in the chosen language, with the GitHub Actions workflow.
    public static func files(template: SiteTemplate, language: Language) -> [ScaffoldFile] {
        let say = ScaffoldPhrases(language: language)
        let items: [ScaffoldFile]
        switch template {
        case .startup: items = StartupScaffold.files(say)
        case .sme: items = SMEScaffold.files(say)
        case .enterprise: items = EnterpriseScaffold.files(say)
        }
        let ignore = ScaffoldFile(path: ".gitignore", text: "# " + say("Build output; the internal site must never be committed.", "生成结果；内部站点不应提交。") + "\npublic/\ninternal/\n")
        return items + [WorkflowScaffold.file(say), ignore]
    }

    /// The paths of `files` that already exist under `folder`.
    public static func clashes(_ files: [ScaffoldFile], in folder: URL) -> [String] {
        files.map(\.path).filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
    }

    /// Writes `files` under `folder`, creating folders as needed. Callers check `clashes` first,
    /// so that nothing is written when one file exists; a file that appears meanwhile makes this throw.
    public static func write(_ files: [ScaffoldFile], in folder: URL) throws {
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
        }
    }
}
