import Foundation

/// `waymark benchmark-rebuild --site DIR --file content/PATH.md [--runs N] [--today YYYY-MM-DD]`,
/// a hidden command for BENCHMARKS.md: one full build with the preview server's builder, then N
/// rebuilds after appending a line to one item file, timed with a monotonic clock. The file is
/// restored at the end. It writes into the site's `public/` and `internal/` like `serve`.
struct RebuildBenchmarkCommand {
    var tool: CommandLineTool
    var language: Language

    private struct Arguments {
        var site: URL
        var file: String?
        var runs = 5
        var today: CalendarDay
    }

    func run(_ options: [String]) -> Int32 {
        let arguments: Arguments
        do {
            arguments = try parse(options)
        } catch {
            tool.errorOutput(error.message)
            return 2
        }
        guard let file = arguments.file else {
            tool.errorOutput(CommandStrings.text("missingValue", language, "--file"))
            return 2
        }
        let url = arguments.site.appendingPathComponent(file)
        guard let original = FileManager.default.contents(atPath: url.path) else {
            tool.errorOutput(text(en: "cannot read \(url.path); pass an item file relative to the site", zh: "无法读取 \(url.path)；请传入相对于站点的条目文件"))
            return 2
        }
        defer { try? original.write(to: url) }
        return measure(arguments, url: url, original: original)
    }

    private func measure(_ arguments: Arguments, url: URL, original: Data) -> Int32 {
        var builder = IncrementalBuilder(options: SiteBuilder.Options(site: arguments.site, today: arguments.today, write: true))
        let (fullReport, fullTime) = timed { builder.build() }
        guard fullReport.succeeded else {
            tool.errorOutput(text(en: "the first build failed; run `waymark check` on the site", zh: "首次构建失败；请对该站点运行 `waymark check`"))
            return 1
        }
        tool.output(text(en: "full build: \(milliseconds(fullTime)) ms, \(fullReport.itemCount) items", zh: "完整构建：\(milliseconds(fullTime)) 毫秒，\(fullReport.itemCount) 个条目"))
        var times: [Double] = []
        for run in 1...max(arguments.runs, 1) {
            let edited = original + Data("\nBenchmark edit \(run).\n".utf8)
            try? edited.write(to: url)
            let decodedBefore = builder.decodeCount
            let (report, time) = timed { builder.build() }
            guard report.succeeded else {
                tool.errorOutput(text(en: "rebuild \(run) failed after editing \(url.path)", zh: "编辑 \(url.path) 后第 \(run) 次重建失败"))
                return 1
            }
            times.append(time)
            tool.output(text(
                en: "rebuild \(run): \(milliseconds(time)) ms, \(builder.decodeCount - decodedBefore) file decoded, \(builder.lastRenderedPageCount) files rendered, \(builder.lastWrittenCount) files written",
                zh: "重建 \(run)：\(milliseconds(time)) 毫秒，解码 \(builder.decodeCount - decodedBefore) 个文件，渲染 \(builder.lastRenderedPageCount) 个文件，写入 \(builder.lastWrittenCount) 个文件"
            ))
        }
        let median = times.sorted()[times.count / 2]
        tool.output(text(en: "median one-item rebuild: \(milliseconds(median)) ms over \(times.count) runs", zh: "单条目重建中位数：\(milliseconds(median)) 毫秒（\(times.count) 次）"))
        try? original.write(to: url)
        _ = builder.build()
        return 0
    }

    private func timed<T>(_ body: () -> T) -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = body()
        return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    private func milliseconds(_ seconds: Double) -> String {
        String(Int((seconds * 1000).rounded()))
    }

    private func text(en: String, zh: String) -> String {
        LocalizedText(en: en, zh: zh).text(language)
    }

    private func parse(_ options: [String]) throws(CommandLineTool.UsageError) -> Arguments {
        var cursor = ArgumentCursor(options, language)
        var arguments = Arguments(site: tool.workingDirectory, today: tool.today)
        while let option = cursor.next() {
            switch option {
            case "--site": arguments.site = tool.resolvePath(try cursor.value(of: option))
            case "--file": arguments.file = try cursor.value(of: option)
            case "--runs":
                let value = try cursor.value(of: option)
                guard let runs = Int(value), runs > 0 else {
                    throw CommandLineTool.UsageError(message: CommandStrings.text("invalidValue", language, option, value, "1, 2, 3 …"))
                }
                arguments.runs = runs
            case "--today":
                let value = try cursor.value(of: option)
                guard let day = (try? RoadmapDate(parsing: value))?.calendarDay else {
                    throw CommandLineTool.UsageError(message: CommandStrings.text("invalidValue", language, option, value, "YYYY-MM-DD"))
                }
                arguments.today = day
            default:
                throw CommandLineTool.UsageError(message: CommandStrings.text("unknownOption", language, option))
            }
        }
        return arguments
    }
}
