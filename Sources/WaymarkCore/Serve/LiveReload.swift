/// The script and error banner that the preview server adds to every HTML page it serves.
enum LiveReload {
    static let versionPath = "/__waymark/version"

    /// A script that polls the build version twice a second and reloads the page when it differs
    /// from the version the page was served with.
    static func script(version: Int) -> String {
        """
        <script>(function(){var v="\(version)";setInterval(function(){fetch("\(versionPath)",{cache:"no-store"})\
        .then(function(r){return r.text()}).then(function(t){if(t.trim()!==v){location.reload()}})\
        .catch(function(){})},500)})();</script>
        """
    }

    /// A fixed banner listing the errors of the failed build, or an empty string when there are none.
    static func banner(errors: [Diagnostic], language: Language) -> String {
        guard !errors.isEmpty else { return "" }
        let title = CommandStrings.text("serve.overlayTitle", language, String(errors.count))
        let items = errors.map { "<li>" + HTMLEscaping.text($0.formatted(language)) + "</li>" }.joined()
        return """
        <div id="waymark-errors" style="position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;\
        z-index:99999;background:#fff0f0;color:#7a0000;border-top:3px solid #c00;padding:12px 16px;\
        font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap"><strong>\(HTMLEscaping.text(title))</strong>\
        <ul style="margin:8px 0 0;padding-left:20px">\(items)</ul></div>
        """
    }

    /// `html` with `addition` inserted before the last `</body>`, or appended when there is none.
    static func inject(_ addition: String, into html: [UInt8]) -> [UInt8] {
        let marker = Array("</body>".utf8)
        var index = html.count - marker.count
        while index >= 0 {
            if html[index..<(index + marker.count)].elementsEqual(marker) {
                return Array(html[..<index]) + Array(addition.utf8) + Array(html[index...])
            }
            index -= 1
        }
        return html + Array(addition.utf8)
    }
}
