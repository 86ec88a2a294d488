import Foundation
import PasarCore
import PasarDemo
import PasarRender

/// Times each stage of a build of the sample portal, several runs, into a temporary folder.
public struct Benchmark: Sendable {
    /// The stages timed, in pipeline order.
    public static let stages = ["load", "statistics", "render", "write"]

    public struct Result: Sendable {
        /// Seconds per run for each stage.
        public let seconds: [String: [Double]]
        public let complaints: Int
        public let files: Int

        /// The fastest and the median run of `stage`, in milliseconds.
        public func summary(_ stage: String) -> (best: Double, median: Double) {
            let values = (seconds[stage] ?? []).sorted()
            guard !values.isEmpty else { return (0, 0) }
            return (values[0] * 1000, values[values.count / 2] * 1000)
        }
    }

    public let root: URL
    public let complaints: Int
    public let runs: Int

    public init(root: URL, complaints: Int, runs: Int) {
        self.root = root
        self.complaints = complaints
        self.runs = runs
    }

    public func run() throws(PasarError) -> Result {
        let folder = FileManager.default.temporaryDirectory.appending(path: "pasar-bench-\(UUID().uuidString)", directoryHint: .isDirectory)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appending(path: "contoh.sqlite")
        _ = try SampleDatabase.write(to: database, shownAs: "contoh.sqlite", complaints: complaints)
        let options = BuildOptions(root: root, database: database, output: folder.appending(path: "public", directoryHint: .isDirectory))
        let clock = ContinuousClock()
        var seconds: [String: [Double]] = [:]
        var files = 0
        func time<T>(_ stage: String, _ body: () throws(PasarError) -> T) throws(PasarError) -> T {
            let start = clock.now
            let value = try body()
            let elapsed = (clock.now - start).components
            seconds[stage, default: []].append(Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
            return value
        }
        for _ in 0..<max(1, runs) {
            let site = try time("load") { () throws(PasarError) in try LoadedSite.load(options) }
            let prepared = try time("statistics") { () throws(PasarError) in try Site.prepare(site, options: options) }
            let output = try time("render") { () throws(PasarError) in try SiteRenderer(theme: site.theme).render(prepared.input) }
            try time("write") { () throws(PasarError) in try OutputFolder(url: options.output ?? folder).replace(with: output.files) }
            files = output.files.count
        }
        return Result(seconds: seconds, complaints: complaints, files: files)
    }
}
