import Foundation

/// Answers one request from the output folders: the public site at `/`, the internal site at
/// `/internal/`, and the build version for the reload script.
struct RequestRouter: Sendable {
    var publicRoot: URL
    var internalRoot: URL
    var language: Language

    func response(to head: HTTPRequestHead, state: BuildState) -> HTTPResponse {
        guard head.method == "GET" || head.method == "HEAD" else {
            var response = HTTPResponse.text(405, "Method Not Allowed", "405 Method Not Allowed: only GET and HEAD")
            response.headers.append(("Allow", "GET, HEAD"))
            return response
        }
        if head.target.split(separator: "?").first == Substring(LiveReload.versionPath) {
            return HTTPResponse.text(200, "OK", String(state.version))
        }
        guard let relative = SitePath.relativePath(of: head.target) else {
            return HTTPResponse.text(400, "Bad Request", "400 Bad Request: invalid path")
        }
        let (root, path) = relative == "internal" || relative.hasPrefix("internal/")
            ? (internalRoot, String(relative.dropFirst("internal".count)).trimmingPrefix("/"))
            : (publicRoot, relative)
        return file(root: root, path: path.isEmpty ? "" : path, target: head.target, state: state)
    }

    private func file(root: URL, path: String, target: String, state: BuildState) -> HTTPResponse {
        let url = root.appendingPathComponent(path)
        // The router rejects `..` segments before this point, so only a symbolic link can lead
        // outside the root. The trailing `/` keeps a sibling such as `public-old/` from passing.
        let resolvedRoot = root.resolvingSymlinksInPath().path
        let resolved = url.resolvingSymlinksInPath().path
        guard resolved == resolvedRoot || resolved.hasPrefix(resolvedRoot + "/") else {
            return notFound(target, state: state)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            return notFound(target, state: state)
        }
        if isDirectory.boolValue {
            let location = (target.split(separator: "?").first.map(String.init) ?? target) + "/"
            return HTTPResponse(status: 301, reason: "Moved Permanently", headers: [("Location", location)])
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return notFound(target, state: state) }
        let type = ContentType.of(path: url.path)
        var body = [UInt8](data)
        if type.hasPrefix("text/html") { body = decorate(body, state: state) }
        return HTTPResponse(status: 200, reason: "OK", headers: [("Content-Type", type)], body: body)
    }

    private func notFound(_ target: String, state: BuildState) -> HTTPResponse {
        let message = HTMLEscaping.text(CommandStrings.text("serve.notFound", language, target))
        let page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404</title></head><body><h1>404</h1><p>\(message)</p></body></html>"
        return HTTPResponse(status: 404, reason: "Not Found", headers: [("Content-Type", "text/html; charset=utf-8")], body: decorate(Array(page.utf8), state: state))
    }

    private func decorate(_ html: [UInt8], state: BuildState) -> [UInt8] {
        let addition = LiveReload.banner(errors: state.errors, language: language) + LiveReload.script(version: state.version)
        return LiveReload.inject(addition, into: html)
    }
}

private extension String {
    func trimmingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
