import Foundation

/// `waymark new KIND TITLE [--site DIR]`: writes a new item with sample values and prints its path.
struct NewCommand {
    var tool: CommandLineTool
    var language: Language

    struct Arguments {
        var kind: ItemKind
        var title: String
        var site: URL
    }

    func run(_ options: [String]) -> Int32 {
        if options.contains("-h") || options.contains("--help") {
            tool.output(CommandStrings.text("help.new", language))
            return 0
        }
        let arguments: Arguments
        do {
            arguments = try parse(options)
        } catch {
            tool.errorOutput(error.message + "\n" + CommandStrings.text("seeHelp", language))
            return 2
        }

        let roadmap = SiteLoader.load(site: arguments.site).roadmap
        let stub: ItemStub
        do {
            stub = try makeStub(arguments, roadmap)
        } catch {
            tool.errorOutput(error.message)
            return 1
        }
        let folder = arguments.site.appendingPathComponent("content").appendingPathComponent(arguments.kind.folderName)
        let id = Self.freeID(Self.baseID(arguments.title), kind: arguments.kind, in: folder, taken: Self.ids(of: arguments.kind, in: roadmap))
        let relativePath = "content/\(arguments.kind.folderName)/\(id).md"
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(stub.text().utf8).write(to: folder.appendingPathComponent(id + ".md"), options: .withoutOverwriting)
        } catch {
            tool.errorOutput(CommandStrings.text("new.writeFailed", language, relativePath, "\(error)"))
            return 1
        }
        tool.output(arguments.site.appendingPathComponent(relativePath).path)
        return 0
    }

    /// The id for `title`: `Slug.make` keeps ASCII letters and digits and adds a hash for other
    /// scripts, so the id is always a safe file name without `/` or `..`.
    static func baseID(_ title: String) -> String {
        let slug = Slug.make(title)
        return Slug.isValidID(slug) ? slug : "item-" + String(Slug.fnv1a(title) & 0xFFFF_FFFF, radix: 16)
    }

    /// `base`, or `base-2`, `base-3` … when an item of the kind or a file in `folder` already uses it.
    static func freeID(_ base: String, kind: ItemKind, in folder: URL, taken: Set<String>) -> String {
        func isFree(_ id: String) -> Bool {
            !taken.contains(id)
                && !FileManager.default.fileExists(atPath: folder.appendingPathComponent(id + ".md").path)
                && !FileManager.default.fileExists(atPath: folder.appendingPathComponent(id).path)
        }
        var candidate = base
        var suffix = 2
        while !isFree(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        return candidate
    }

    static func ids(of kind: ItemKind, in roadmap: Roadmap) -> Set<String> {
        switch kind {
        case .feature: return Set(roadmap.features.map(\.id))
        case .request: return Set(roadmap.requests.map(\.header.id))
        case .deal: return Set(roadmap.deals.map(\.id))
        case .rep: return Set(roadmap.reps.map(\.id))
        case .plan: return Set(roadmap.plans.map(\.header.id))
        case .goal: return Set(roadmap.goals.map(\.header.id))
        case .account: return Set(roadmap.accounts.compactMap(\.header?.id))
        }
    }

    private func makeStub(_ arguments: Arguments, _ roadmap: Roadmap) throws(CommandLineTool.UsageError) -> ItemStub {
        let featureID = roadmap.features.first?.id
        let repID = roadmap.reps.first?.id
        if arguments.kind == .request, featureID == nil {
            throw CommandLineTool.UsageError(message: CommandStrings.text("new.needsItem", language, "request", "feature"))
        }
        if arguments.kind == .deal, repID == nil {
            throw CommandLineTool.UsageError(message: CommandStrings.text("new.needsItem", language, "deal", "rep"))
        }
        let config = roadmap.config
        return ItemStub(
            kind: arguments.kind, title: arguments.title, today: tool.today, say: ScaffoldPhrases(language: config.language),
            status: config.statuses.first?.id ?? "planned", stage: config.stages.first?.id ?? "prospecting",
            featureID: featureID, repID: repID
        )
    }

    private func parse(_ options: [String]) throws(CommandLineTool.UsageError) -> Arguments {
        var cursor = ArgumentCursor(options, language)
        var positional: [String] = []
        var site = tool.workingDirectory
        while let option = cursor.next() {
            if option == "--site" {
                site = tool.resolvePath(try cursor.value(of: option))
            } else if option.hasPrefix("--") {
                throw CommandLineTool.UsageError(message: CommandStrings.text("unknownOption", language, option))
            } else {
                positional.append(option)
            }
        }
        guard let kindName = positional.first else {
            throw CommandLineTool.UsageError(message: CommandStrings.text("missingArgument", language, CommandStrings.text("new.kindArgument", language)))
        }
        guard let kind = ItemKind(rawValue: kindName) else {
            throw CommandLineTool.UsageError(message: CommandStrings.text("invalidValue", language, "KIND", kindName, ItemKind.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        guard positional.count >= 2, !positional[1].trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CommandLineTool.UsageError(message: CommandStrings.text("missingArgument", language, CommandStrings.text("new.titleArgument", language)))
        }
        guard positional.count == 2 else {
            throw CommandLineTool.UsageError(message: CommandStrings.text("unexpectedArgument", language, positional[2]))
        }
        guard FileManager.default.fileExists(atPath: site.appendingPathComponent("content").path) else {
            throw CommandLineTool.UsageError(message: CommandStrings.text("noContent", language, site.path))
        }
        return Arguments(kind: kind, title: positional[1], site: site)
    }
}
