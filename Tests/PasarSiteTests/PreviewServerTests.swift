import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `pasar serve` on the mini site, as a process: the page it serves changes when a standard is
/// edited; a broken standard shows its error on the page while the server keeps running.
@Suite(.serialized) struct PreviewServerTests {
    /// GET `url`: status and body.
    static func get(_ url: URL) async throws -> (Int, String) {
        var request = URLRequest(url: url)
        request.cachePolicy = .reloadIgnoringLocalCacheData
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Asks until `condition` holds, for up to `seconds`.
    static func eventually(_ url: URL, seconds: Double = 15, _ condition: (Int, String) -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let (status, body) = try? await get(url), condition(status, body) { return true }
            try await Task.sleep(for: .milliseconds(250))
        }
        return false
    }

    @Test func anEditedStandardIsServedAndABrokenOneShowsItsError() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let (process, _, text) = try Self.serve(site)
        defer { process.terminate(); process.waitUntilExit() }
        // The address is the line "pasar serve: http://127.0.0.1:PORT/ …".
        let address = try #require(text.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//).map { String($0.output.0) }, "\(text)")
        let page = try #require(URL(string: address + "pasar/pasar-a/"))
        let (status, body) = try await Self.get(page)
        #expect(status == 200 && body.contains("Standar Pelayanan Pasar A"))
        #expect(body.contains("/__pasar/version"), "served pages reload themselves")
        // A folder without its slash is redirected, so relative links work.
        #expect(try await Self.get(try #require(URL(string: address + "metodologi"))).0 == 200)

        let document = try site.read("content/pasar/pasar-a.md", in: site.root)
        try site.write(document.replacingOccurrences(of: "title: Standar Pelayanan Pasar A", with: "title: Standar Pelayanan Pasar A (revisi)"), to: "content/pasar/pasar-a.md")
        #expect(try await Self.eventually(page) { $0 == 200 && $1.contains("Standar Pelayanan Pasar A (revisi)") })

        try site.write("---\ntitle: [broken\n---\n", to: "content/pasar/pasar-a.md")
        #expect(try await Self.eventually(page) { $0 == 500 && $1.contains("content/pasar/pasar-a.md") && $1.contains("The build failed") })
        try site.write(document, to: "content/pasar/pasar-a.md")
        #expect(try await Self.eventually(page) { $0 == 200 && $1.contains("Standar Pelayanan Pasar A") && !$1.contains("(revisi)") })
        #expect(process.isRunning)
    }

    /// Starts `pasar serve` on the site; the process and the address it serves at.
    static func serve(_ site: FixtureSite, port: String = "0") throws -> (Process, Pipe, String) {
        let process = Process()
        process.executableURL = try #require(FixtureSite.pasarExecutable)
        process.arguments = ["serve", "--root", site.root.path, "--port", port, "--as-of", FixtureSite.miniAsOf, "--lang", "en"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains("pasar serve: http"), !text.contains("error:"), Date() < deadline {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty, !process.isRunning { break }
            text += String(decoding: data, as: UTF8.self)
        }
        return (process, output, text)
    }

    @Test func aPortInUseIsSaidClearly() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let (first, _, text) = try Self.serve(site)
        defer { first.terminate(); first.waitUntilExit() }
        let port = try #require(text.firstMatch(of: /127\.0\.0\.1:(\d+)\//).map { String($0.output.1) }, "\(text)")
        let second = try CommandLineTests.pasar(["serve", "--root", site.root.path, "--port", port, "--lang", "en"])
        #expect(second.status == 1)
        #expect(second.errors.contains("error: port \(port) is already in use"), "\(second.errors)")
    }
}
