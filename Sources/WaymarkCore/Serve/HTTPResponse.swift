/// An HTTP/1.1 response; every connection is closed after one response.
struct HTTPResponse: Sendable {
    var status: Int
    var reason: String
    var headers: [(String, String)] = []
    var body: [UInt8] = []

    static func text(_ status: Int, _ reason: String, _ message: String) -> HTTPResponse {
        HTTPResponse(status: status, reason: reason, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Array((message + "\n").utf8))
    }

    /// The bytes sent on the socket. A HEAD response keeps `Content-Length` but drops the body.
    func serialized(includeBody: Bool) -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(reason)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
        return Array(head.utf8) + (includeBody ? body : [])
    }
}
