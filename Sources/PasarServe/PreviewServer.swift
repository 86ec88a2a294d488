import FlyingFox
import FlyingSocks
import Foundation
import PasarCore
import PasarSite
import Synchronization

/// `pasar serve`: builds the site, serves it on 127.0.0.1, and rebuilds whenever `content/`,
/// `themes/` or the database change; open pages reload themselves. A failed build does not stop
/// the server: the terminal and the page show its diagnostics until a build succeeds again.
public final class PreviewServer: Sendable {
    public let options: BuildOptions
    public let port: UInt16
    let language: MessageLanguage
    /// Receives what the server has to say (a line for the terminal).
    let say: @Sendable (String) -> Void
    private let state = Mutex(State())

    struct State {
        var version = 0
        var failure: [Diagnostic]?
        var output: URL?
    }

    /// `port` 0 lets the system choose a free one (its number is said when listening).
    public init(options: BuildOptions, port: UInt16, language: MessageLanguage, say: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.port = port
        self.language = language
        self.say = say
    }

    /// Serves until the task is cancelled or the process ends.
    public func run() async throws(PasarError) {
        let content = try SiteContent.load(options)
        let output = options.output ?? content.root.appending(path: content.config.output)
        let database = options.database ?? content.root.appending(path: content.config.database)
        state.withLock { $0.output = output }
        let address: sockaddr_in
        do {
            address = try .inet(ip4: "127.0.0.1", port: port)
        } catch {
            throw PasarError("cannot use port \(port): \(error)")
        }
        // A port in use is said at once (the server itself would only fail after its start-up wait).
        if port != 0 {
            do {
                let probe = try Socket(domain: AF_INET)
                try probe.setValue(true, for: .localAddressReuse)
                defer { try? probe.close() }
                try probe.bind(to: address)
            } catch {
                throw failure(error)
            }
        }
        build()
        let server = HTTPServer(address: address, logger: .disabled)
        await server.appendRoute("GET,HEAD *") { [self] request in respond(to: request) }
        let watcher = Thread { [self] in watch(root: content.root, database: database) }
        watcher.start()
        do {
            // The server's own failure (a port in use) ends the wait for it to listen at once.
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await server.run() }
                group.addTask { [self] in
                    try await server.waitUntilListening()
                    if case let .ip4(_, port)? = await server.listeningAddress {
                        let line: LocalizedText = "pasar serve: http://127.0.0.1:\(port)/ (Ctrl-C stops it); watching content/, themes/ and the database"
                        say(line.text(language))
                    }
                }
                try await group.waitForAll()
            }
        } catch {
            throw failure(error)
        }
    }

    private func failure(_ error: any Error) -> PasarError {
        if case let .failed(_, code, _)? = error as? SocketError, code == EADDRINUSE {
            return PasarError("port \(port) is already in use", hint: "another pasar serve or web server is running there; pass --port \(port == 65535 ? 8000 : port + 1)")
        }
        return PasarError("the preview server stopped: \(error)")
    }

    /// Builds once; on success the pages reload, on failure they show why.
    func build() {
        let started = ContinuousClock.now
        do {
            let report = try Site.build(options)
            state.withLock { $0.version += 1; $0.failure = nil }
            let elapsed = (ContinuousClock.now - started).components
            let seconds = String(format: "%.2f", Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
            let line: LocalizedText = "built: \(report.filesWritten) file(s) written in \(seconds) s"
            say(line.text(language))
        } catch {
            state.withLock { $0.version += 1; $0.failure = error.diagnostics }
            for line in DiagnosticPrinter(language: language).lines(error.diagnostics) { say(line) }
        }
    }

    /// Rebuilds whenever the inputs change, checking twice a second.
    func watch(root: URL, database: URL) {
        var stamp = InputStamp(root: root, database: database)
        while true {
            Thread.sleep(forTimeInterval: 0.5)
            let now = InputStamp(root: root, database: database)
            guard now != stamp else { continue }
            // Let an editor finish saving before reading.
            Thread.sleep(forTimeInterval: 0.2)
            stamp = InputStamp(root: root, database: database)
            build()
        }
    }

    func respond(to request: HTTPRequest) -> HTTPResponse {
        let (version, failure, output) = state.withLock { ($0.version, $0.failure, $0.output) }
        if request.target.path(percentEncoded: true) == PreviewFiles.versionPath {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .init("Cache-Control"): "no-store"], body: Data("\(version)".utf8))
        }
        guard let output else { return HTTPResponse(statusCode: .serviceUnavailable) }
        // The raw target keeps the closing slash (`path` drops it).
        let answer = PreviewFiles.answer(request.target.path(percentEncoded: true), output: output, version: version, failure: failure, language: language)
        var headers: HTTPHeaders = [.contentType: answer.contentType, .init("Cache-Control"): "no-store"]
        // Absolute, as some clients resolve a relative Location without its closing slash.
        if let location = answer.location { headers[.location] = (request.headers[.host].map { "http://\($0)" } ?? "") + location }
        return HTTPResponse(statusCode: HTTPStatusCode(answer.status, phrase: answer.status == 200 ? "OK" : answer.status == 301 ? "Moved Permanently" : answer.status == 404 ? "Not Found" : "Internal Server Error"),
                            headers: headers, body: answer.body)
    }
}
