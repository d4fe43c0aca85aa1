import Foundation
import Testing
@testable import WaymarkCore

struct PreviewServerTests {
    private func startServer() throws -> (PreviewServer, URL) {
        let folder = try makeTemporaryFolder()
        try SiteScaffolder.write(SiteScaffolder.files(template: .startup, language: .en), in: folder)
        let configuration = PreviewServer.Configuration(
            site: folder, port: 0, today: CalendarDay(year: 2026, month: 12, day: 4) ?? CalendarDay(dayNumber: 0),
            language: .en, pollInterval: 0.1
        )
        let server = try PreviewServer(configuration) { _ in }
        server.start()
        return (server, folder)
    }

    @Test func serveBothSites() throws {
        let (server, folder) = try startServer()
        defer { server.stop(); try? FileManager.default.removeItem(at: folder) }

        let page = try #require(fetch("/index.html", port: server.port))
        #expect(page.status == 200)
        #expect(page.head.contains("Content-Type: text/html; charset=utf-8"))
        #expect(page.body.contains("Offline mode"))
        #expect(page.body.contains(LiveReload.versionPath))

        let root = try #require(fetch("/", port: server.port))
        #expect(root.status == 200)
        let internalPage = try #require(fetch("/internal/index.html", port: server.port))
        #expect(internalPage.status == 200)
        let css = try #require(fetch("/assets/style.css", port: server.port))
        #expect(css.head.contains("Content-Type: text/css"))
    }

    @Test func serveRejectsTraversal() throws {
        let (server, folder) = try startServer()
        defer { server.stop(); try? FileManager.default.removeItem(at: folder) }

        for path in ["/../roadmap.yml", "/%2e%2e/roadmap.yml", "/internal/%2E%2E/%2e%2e/roadmap.yml", "/assets/..%2f..%2froadmap.yml"] {
            let response = try #require(fetch(path, port: server.port))
            #expect([400, 404].contains(response.status), "\(path) gave \(response.status)")
            #expect(!response.body.contains("currency:"))
        }
        let missing = try #require(fetch("/no-such-page.html", port: server.port))
        #expect(missing.status == 404)
    }

    @Test func serveAllowsOnlyGetAndHead() throws {
        let (server, folder) = try startServer()
        defer { server.stop(); try? FileManager.default.removeItem(at: folder) }

        let post = try #require(fetch("/index.html", port: server.port, method: "POST"))
        #expect(post.status == 405)
        let head = try #require(fetch("/index.html", port: server.port, method: "HEAD"))
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
    }

    @Test func serveRejectsNonLoopbackHost() {
        let configuration = PreviewServer.Configuration(site: URL(fileURLWithPath: "/tmp"), host: "0.0.0.0", port: 0, today: CalendarDay(dayNumber: 0), language: .en)
        #expect(throws: ServeError.self) { try PreviewServer(configuration) { _ in } }
    }

    @Test func serveRebuildsOnEdit() throws {
        let (server, folder) = try startServer()
        defer { server.stop(); try? FileManager.default.removeItem(at: folder) }
        let item = folder.appendingPathComponent("content/features/offline-mode.md")
        let original = try String(contentsOf: item, encoding: .utf8)

        try Data(original.replacingOccurrences(of: "title: Offline mode", with: "title: Offline editing").utf8).write(to: item)
        let changed = waitUntil(seconds: 15) { fetch("/index.html", port: server.port)?.body.contains("Offline editing") == true }
        #expect(changed)

        try Data(original.replacingOccurrences(of: "status: in-progress", with: "status: bogus").utf8).write(to: item)
        let bannerShown = waitUntil(seconds: 15) { fetch("/index.html", port: server.port)?.body.contains("waymark-errors") == true }
        #expect(bannerShown)
        let page = fetch("/index.html", port: server.port)?.body ?? ""
        #expect(page.contains("content/features/offline-mode.md:"))
        #expect(page.contains("Offline editing"), "the last good build keeps being served")
    }
}
