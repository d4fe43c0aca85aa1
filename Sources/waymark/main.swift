import Foundation
import WaymarkCore

/// The system date in the local time zone: "today" is a calendar day for the person running the build.
func systemToday() -> CalendarDay {
    let components = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return CalendarDay(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1)
        ?? CalendarDay(dayNumber: 0)
}

let tool = CommandLineTool(
    arguments: CommandLine.arguments,
    environment: ProcessInfo.processInfo.environment,
    workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    today: systemToday(),
    output: { print($0) },
    errorOutput: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
)
exit(tool.run())
