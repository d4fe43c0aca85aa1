import Foundation
import Testing
@testable import WaymarkCore

@Test func routerRejectsSymlinkToSiblingFolder() throws {
    let site = try SiteFixture("""
    -- public/index.html --
    home
    -- public-old/secret.html --
    old internal page
    """)
    defer { site.remove() }
    let link = site.root.appendingPathComponent("public/leak.html").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: site.root.appendingPathComponent("public-old/secret.html").path)
    let router = RequestRouter(
        publicRoot: site.root.appendingPathComponent("public"),
        internalRoot: site.root.appendingPathComponent("internal"),
        language: .en
    )
    let home = try #require(HTTPRequestHead(Array("GET /index.html HTTP/1.1\r\n".utf8)))
    #expect(router.response(to: home, state: BuildState()).status == 200)
    let leak = try #require(HTTPRequestHead(Array("GET /leak.html HTTP/1.1\r\n".utf8)))
    #expect(router.response(to: leak, state: BuildState()).status == 404)
}
