import Foundation
import PasarCore

/// How the preview answers a path: the built file (a folder's `index.html`, the site's `404.html`
/// for what does not exist), with its content type; HTML pages get a small script that reloads them
/// when the site is rebuilt. Nothing outside the output folder is ever served.
enum PreviewFiles {
    struct Answer {
        let status: Int
        let contentType: String
        let body: Data
        /// Where a redirect points.
        var location: String? = nil
    }

    /// The address the page polls; its answer changes with every build.
    static let versionPath = "/__pasar/version"

    static func answer(_ requestPath: String, output: URL, version: Int, failure: [Diagnostic]?, language: MessageLanguage) -> Answer {
        let path = requestPath.split(separator: "?").first.map(String.init) ?? "/"
        let decoded = path.removingPercentEncoding ?? path
        let parts = decoded.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else {
            return Answer(status: 404, contentType: "text/plain; charset=utf-8", body: Data("not found\n".utf8))
        }
        var file = output.appending(path: parts.joined(separator: "/"))
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), isFolder.boolValue {
            // Pages link relatively, so a folder must be asked for with its closing slash.
            guard path.hasSuffix("/") else { return Answer(status: 301, contentType: "text/plain; charset=utf-8", body: Data(), location: path + "/") }
            file = file.appending(path: "index.html")
        }
        let html = file.pathExtension == "html" || decoded.hasSuffix("/") || file.pathExtension.isEmpty
        if let failure, html {
            return Answer(status: 500, contentType: "text/html; charset=utf-8", body: Data(errorPage(failure, version: version, language: language).utf8))
        }
        if let data = try? Data(contentsOf: file) {
            let type = contentType(file.pathExtension)
            return Answer(status: 200, contentType: type, body: type.hasPrefix("text/html") ? withReload(data, version: version) : data)
        }
        let notFound = (try? Data(contentsOf: output.appending(path: "404.html"))) ?? Data("not found\n".utf8)
        return Answer(status: 404, contentType: "text/html; charset=utf-8", body: withReload(notFound, version: version))
    }

    static func contentType(_ extension: String) -> String {
        switch `extension` {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "jsonld": "application/ld+json"
        case "csv": "text/csv; charset=utf-8"
        case "xml": "application/xml"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "zip": "application/zip"
        case "ics": "text/calendar; charset=utf-8"
        case "txt", "": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }

    /// The page with a script, before `</body>`, that reloads it when the version changes.
    static func withReload(_ page: Data, version: Int) -> Data {
        let script = """
            <script>(function(){var v="\(version)";function p(){fetch("\(versionPath)").then(function(r){return r.text()})\
            .then(function(t){if(t!==v){location.reload()}else{setTimeout(p,700)}}).catch(function(){setTimeout(p,2000)})}setTimeout(p,700)})();</script>
            """
        guard let text = String(data: page, encoding: .utf8), let end = text.range(of: "</body>", options: .backwards) else { return page }
        return Data(text.replacingCharacters(in: end, with: script + "</body>").utf8)
    }

    /// What a failed build said, instead of the page, until the next build succeeds.
    static func errorPage(_ diagnostics: [Diagnostic], version: Int, language: MessageLanguage) -> String {
        let title: LocalizedText = "The build failed; the preview shows the last site that built. Fix this and save: the page reloads."
        let items = DiagnosticPrinter(language: language).lines(diagnostics, all: true).map { "<li><pre>\(escaped($0))</pre></li>" }.joined(separator: "\n")
        let page = """
            <!doctype html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>pasar serve</title>
            <style>body{font-family:system-ui,sans-serif;margin:1rem;max-width:60rem}pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid #b00020;padding:.5rem}</style>
            </head><body><h1>pasar serve</h1><p>\(escaped(title.text(language)))</p><ul>\(items)</ul></body></html>
            """
        return String(decoding: withReload(Data(page.utf8), version: version), as: UTF8.self)
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
