import Foundation

/// `waymark init [DIR] [--template startup|sme|enterprise] [--language zh-CN|en]`.
struct InitCommand {
    var tool: CommandLineTool
    var language: Language

    func run(_ options: [String]) -> Int32 {
        if options.contains("-h") || options.contains("--help") {
            tool.output(CommandStrings.text("help.init", language))
            return 0
        }
        let folder: URL
        let template: SiteTemplate
        let siteLanguage: Language
        do {
            (folder, template, siteLanguage) = try parse(options)
        } catch {
            tool.errorOutput(error.message + "\n" + CommandStrings.text("seeHelp", language))
            return 2
        }

        let files = SiteScaffolder.files(template: template, language: siteLanguage)
        let clashes = SiteScaffolder.clashes(files, in: folder)
        guard clashes.isEmpty else {
            let list = clashes.map { "  " + $0 }.joined(separator: "\n")
            tool.errorOutput(CommandStrings.text("init.clash", language, folder.path, list))
            return 1
        }
        do {
            try SiteScaffolder.write(files, in: folder)
        } catch {
            tool.errorOutput(CommandStrings.text("init.writeFailed", language, folder.path, "\(error)"))
            return 1
        }
        tool.output(CommandStrings.text("init.done", language, template.rawValue, String(files.count), folder.path))
        return 0
    }

    private func parse(_ options: [String]) throws(CommandLineTool.UsageError) -> (URL, SiteTemplate, Language) {
        var cursor = ArgumentCursor(options, language)
        var folder: URL?
        var template = SiteTemplate.startup
        var siteLanguage = language
        while let option = cursor.next() {
            switch option {
            case "--template":
                let name = try cursor.value(of: option)
                guard let chosen = SiteTemplate(rawValue: name) else {
                    throw CommandLineTool.UsageError(message: CommandStrings.text("invalidValue", language, option, name, "startup, sme, enterprise"))
                }
                template = chosen
            case "--language":
                let code = try cursor.value(of: option)
                guard let chosen = Language(rawValue: code) else {
                    throw CommandLineTool.UsageError(message: CommandStrings.text("invalidValue", language, option, code, "zh-CN, en"))
                }
                siteLanguage = chosen
            default:
                guard !option.hasPrefix("-") else {
                    throw CommandLineTool.UsageError(message: CommandStrings.text("unknownOption", language, option))
                }
                guard folder == nil else {
                    throw CommandLineTool.UsageError(message: CommandStrings.text("unexpectedArgument", language, option))
                }
                folder = tool.resolvePath(option)
            }
        }
        return (folder ?? tool.workingDirectory, template, siteLanguage)
    }
}
