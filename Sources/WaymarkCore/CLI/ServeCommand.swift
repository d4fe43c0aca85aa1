import Dispatch
import Foundation

/// `waymark serve [--site DIR] [--port N] [--host 127.0.0.1] [--today YYYY-MM-DD]`: runs the
/// preview server until SIGINT (Ctrl-C) or SIGTERM.
struct ServeCommand {
    var tool: CommandLineTool
    var language: Language

    func run(_ options: [String]) -> Int32 {
        if options.contains("-h") || options.contains("--help") {
            tool.output(CommandStrings.text("help.serve", language))
            return 0
        }
        let configuration: PreviewServer.Configuration
        do {
            configuration = try parse(options)
        } catch {
            tool.errorOutput(error.message + "\n" + CommandStrings.text("seeHelp", language))
            return 2
        }
        let log = LockedOutput(tool.errorOutput)
        let server: PreviewServer
        do {
            server = try PreviewServer(configuration) { log($0) }
        } catch {
            tool.errorOutput(error.message)
            return 2
        }
        server.start()
        Self.waitForTermination()
        server.stop()
        return 0
    }

    /// Blocks until SIGINT or SIGTERM arrives; the default handlers are replaced so the server can log its stop.
    private static func waitForTermination() {
        let stopped = DispatchSemaphore(value: 0)
        var sources: [DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { stopped.signal() }
            source.resume()
            sources.append(source)
        }
        stopped.wait()
        sources.forEach { $0.cancel() }
    }

    private func parse(_ options: [String]) throws(CommandLineTool.UsageError) -> PreviewServer.Configuration {
        var cursor = ArgumentCursor(options, language)
        var configuration = PreviewServer.Configuration(site: tool.workingDirectory, today: tool.today, language: language)
        while let option = cursor.next() {
            switch option {
            case "--site":
                configuration.site = tool.resolvePath(try cursor.value(of: option))
            case "--host":
                configuration.host = try cursor.value(of: option)
            case "--port":
                let text = try cursor.value(of: option)
                guard let port = UInt16(text) else {
                    throw CommandLineTool.UsageError(message: CommandStrings.text("invalidValue", language, option, text, "0…65535"))
                }
                configuration.port = port
            case "--today":
                let text = try cursor.value(of: option)
                guard let date = try? RoadmapDate(parsing: text), let day = date.calendarDay else {
                    throw CommandLineTool.UsageError(message: CommandStrings.text("invalidValue", language, option, text, "YYYY-MM-DD"))
                }
                configuration.today = day
            default:
                throw CommandLineTool.UsageError(message: CommandStrings.text("unknownOption", language, option))
            }
        }
        guard FileManager.default.fileExists(atPath: configuration.site.appendingPathComponent("content").path) else {
            throw CommandLineTool.UsageError(message: CommandStrings.text("noContent", language, configuration.site.path))
        }
        return configuration
    }
}
