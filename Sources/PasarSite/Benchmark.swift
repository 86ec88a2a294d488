import Foundation
import Glibc
import PasarCore
import PasarDemo
import PasarSources

/// What one build measured of itself, written by `pasar build --timings FILE` for `pasar bench`.
public struct BuildTimings: Codable, Sendable {
    /// Seconds per stage, summed over the threads that worked in it.
    public var stages: [String: Double]
    public var wallSeconds: Double
    /// User and system CPU seconds of the whole process.
    public var cpuSeconds: Double
    /// Peak resident memory of the process (VmHWM), in kilobytes.
    public var peakResidentKB: Int
    public var files: Int
    public var filesWritten: Int
    public var filesKept: Int
    public var bytesWritten: Int
    public var complaints: Int
    public var upToDate: Bool

    /// The measurements of the running process after a build that took `wall` seconds.
    public static func measure(_ report: BuildReport, clock: StageClock, wallSeconds: Double) -> BuildTimings {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            .flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") } ?? 0
        return BuildTimings(
            stages: Dictionary(uniqueKeysWithValues: clock.totals.map { ($0.key.rawValue, $0.value) }), wallSeconds: wallSeconds,
            cpuSeconds: cpu, peakResidentKB: peak, files: report.files, filesWritten: report.filesWritten, filesKept: report.filesKept,
            bytesWritten: report.bytesWritten, complaints: report.complaintsInDatabase, upToDate: report.upToDate)
    }
}

/// A synthetic site for `pasar bench`: the repository's theme, holidays and pages, the regency
/// standard, a standard document for every tenth market, a synthetic database, and two frozen
/// editions. Kept in a work folder and reused while the parameters stay the same.
public struct BenchmarkSite: Sendable {
    public let folder: URL
    public let database: SyntheticDatabase

    public init(work: URL, database: SyntheticDatabase) {
        folder = work.appending(path: "site-\(database.markets)x\(database.complaints)x\(database.months)", directoryHint: .isDirectory)
        self.database = database
    }

    public var output: URL { folder.appending(path: "public", directoryHint: .isDirectory) }
    var databaseURL: URL { folder.appending(path: "database/bench.sqlite") }
    var readyMarker: URL { folder.appending(path: ".ready") }
    /// The market whose standard the "one standard changed" rebuild edits.
    public var changedDocument: URL { folder.appending(path: "content/pasar/pasar-induk-sukamaju.md") }

    /// Makes the site unless a complete one with the same parameters is there; true when it was made
    /// now. A site kept from an earlier run gets the repository's current theme and pages.
    @discardableResult
    public func prepare(from repository: URL) throws(PasarError) -> Bool {
        let fm = FileManager.default
        if fm.fileExists(atPath: readyMarker.path) {
            do {
                for shared in ["themes", "content/halaman"] {
                    try? fm.removeItem(at: folder.appending(path: shared))
                    try fm.copyItem(at: repository.appending(path: shared), to: folder.appending(path: shared))
                }
            } catch {
                throw PasarError("cannot refresh the benchmark site's theme and pages: \(error.localizedDescription)", at: .file(folder.path))
            }
            return false
        }
        do {
            try? fm.removeItem(at: folder)
            try fm.createDirectory(at: folder.appending(path: "content/pasar"), withIntermediateDirectories: true)
            try fm.copyItem(at: repository.appending(path: "themes"), to: folder.appending(path: "themes"))
            try fm.copyItem(at: repository.appending(path: "content/halaman"), to: folder.appending(path: "content/halaman"))
            try fm.copyItem(at: repository.appending(path: "content/hari-libur.yml"), to: folder.appending(path: "content/hari-libur.yml"))
            try fm.copyItem(at: repository.appending(path: "content/pasar/_default.md"), to: folder.appending(path: "content/pasar/_default.md"))
            var config = try String(contentsOf: repository.appending(path: "content/site.yml"), encoding: .utf8)
            config = config.replacingOccurrences(of: "database: ", with: "database: database/bench.sqlite\n# was: ")
            try Data(config.utf8).write(to: folder.appending(path: "content/site.yml"))
            let template = try String(contentsOf: repository.appending(path: "content/pasar/pasar-induk-sukamaju.md"), encoding: .utf8)
            for market in database.marketNames().enumerated() where market.offset % 10 == 0 {
                let text = template.replacingOccurrences(of: "Pasar Induk Sukamaju", with: market.element.name)
                try Data(text.utf8).write(to: folder.appending(path: "content/pasar/\(market.element.id).md"))
            }
        } catch {
            throw PasarError("cannot make the benchmark site: \(error.localizedDescription)", at: .file(folder.path))
        }
        try database.write(to: databaseURL)
        // Two frozen editions: the last two complete months of the data.
        let prepared = try Site.prepare(BuildOptions(root: folder))
        let lastMonth = prepared.asOf.timestamp.wibDate.yearMonth
        for month in [lastMonth.adding(months: -2), lastMonth.adding(months: -1)] {
            _ = try Editions.release(month, prepared: prepared, force: true)
        }
        do {
            try Data().write(to: readyMarker)
        } catch {
            throw PasarError("cannot mark the benchmark site ready: \(error.localizedDescription)", at: .file(readyMarker.path))
        }
        return true
    }

    /// Changes one limit in one market's standard (or puts it back), as an officer's edit would.
    public func changeOneStandard(back: Bool) throws(PasarError) {
        try edit(back ? ("parkir: {resolve: 4 hari kerja}", "parkir: {resolve: 3 hari kerja}") : ("parkir: {resolve: 3 hari kerja}", "parkir: {resolve: 4 hari kerja}"))
    }

    /// Changes a sentence of one market's standard document, no limit (or puts it back).
    public func changeOneStandardText(back: Bool) throws(PasarError) {
        let sentence = "Hal yang tidak diatur di sini mengikuti standar kabupaten."
        let changed = "Hal yang tidak diatur di sini mengikuti standar pelayanan kabupaten."
        try edit(back ? (changed, sentence) : (sentence, changed))
    }

    private func edit(_ change: (from: String, to: String)) throws(PasarError) {
        let (from, to) = change
        do {
            let text = try String(contentsOf: changedDocument, encoding: .utf8)
            guard let range = text.range(of: from) else { throw PasarError("no \"\(from)\" to change", at: .file(changedDocument.path)) }
            try Data(text.replacingCharacters(in: range, with: to).utf8).write(to: changedDocument)
        } catch let error as PasarError {
            throw error
        } catch {
            throw PasarError("cannot change the standard: \(error.localizedDescription)", at: .file(changedDocument.path))
        }
    }
}
