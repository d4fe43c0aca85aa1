import Foundation
import Testing
@testable import WaymarkCore
#if canImport(Glibc)
import Glibc
#endif

/// Creates an empty folder under the system temporary folder. Tests remove it when done.
func makeTemporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-workflow-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// Runs the `waymark` command in `folder` and returns its exit code and both outputs.
func runWaymark(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) -> (code: Int32, output: String, errors: String) {
    var output: [String] = []
    var errors: [String] = []
    let tool = CommandLineTool(
        arguments: ["waymark"] + arguments, environment: environment, workingDirectory: folder,
        today: CalendarDay(year: 2026, month: 12, day: 4) ?? CalendarDay(dayNumber: 0),
        output: { output.append($0) }, errorOutput: { errors.append($0) }
    )
    let code = tool.run()
    return (code, output.joined(separator: "\n"), errors.joined(separator: "\n"))
}

/// Checks the site in `folder` as `waymark check` does and returns its diagnostics.
func checkSite(_ folder: URL) -> DiagnosticList {
    let options = SiteBuilder.Options(site: folder, today: CalendarDay(year: 2026, month: 12, day: 4) ?? CalendarDay(dayNumber: 0), write: false)
    return SiteBuilder.build(options).diagnostics
}

/// A response read over a loopback socket: status code and body text.
struct FetchedResponse {
    var status: Int
    var head: String
    var body: String
}

/// Sends one raw HTTP request to 127.0.0.1:`port` and reads until the server closes, for at most 5 seconds.
func fetch(_ path: String, port: UInt16, method: String = "GET") -> FetchedResponse? {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var timeout = timeval(tv_sec: 5, tv_usec: 0)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { return nil }
    let request = Array("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
    _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { break }
        received += buffer[..<count]
    }
    let text = String(decoding: received, as: UTF8.self)
    guard let split = text.range(of: "\r\n\r\n") else { return nil }
    let head = String(text[..<split.lowerBound])
    let statusText = head.split(separator: " ").dropFirst().first.map(String.init) ?? ""
    return FetchedResponse(status: Int(statusText) ?? 0, head: head, body: String(text[split.upperBound...]))
}

/// Polls `condition` every 100 ms until it is true or `seconds` pass, and returns its last value.
func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.1)
    }
    return condition()
}
