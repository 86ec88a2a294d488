import ArgumentParser
import Foundation
import PasarCore
import PasarDemo
import PasarSite

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Terminal.say("Ukur build provinsi sintetis: bersih, tanpa perubahan, teks satu standar berubah, batas satu standar berubah.",
                               "Measure builds of a synthetic province: clean, nothing changed, one standard's text changed, one standard's limit changed."),
        discussion: Terminal.say(
            """
            Membuat situs dan basis data sintetis yang selalu sama (disimpan di --work dan dipakai lagi selama \
            angkanya sama), lalu menjalankan `pasar build` empat kali sebagai proses terpisah dan melaporkan, per \
            build: detik per tahap, detik nyata dan CPU, memori puncak, berkas dan byte yang ditulis, pengaduan \
            per detik. Pakai build rilis. Tabel hasilnya dalam bahasa Inggris, seperti di docs/performance.md.
            """,
            """
            Generates a deterministic synthetic site and database (kept in --work and reused while the numbers \
            stay the same), then runs `pasar build` four times as separate processes and reports, per build: \
            seconds per stage, wall and CPU seconds, peak memory, files and bytes written, complaints per second. \
            Use a release build: swift build -c release && .build/release/pasar bench --markets 1000 --complaints 1000000
            """))

    @Option(help: ArgumentHelp("Markets in the synthetic province.", valueName: "N"))
    var markets: Int = 12

    @Option(help: ArgumentHelp("Complaints in the synthetic database.", valueName: "N"))
    var complaints: Int = 6000

    @Option(help: ArgumentHelp("Months the complaints span, ending November 2026.", valueName: "N"))
    var months: Int = 24

    @Option(help: ArgumentHelp("The folder holding the repository's content/ and themes/ (the synthetic site copies them).", valueName: "DIR"))
    var root: String = "."

    @Option(help: ArgumentHelp("Where the synthetic sites are kept between runs.", valueName: "DIR"))
    var work: String = ".build/bench"

    @OptionGroup var language: LanguageOption

    func run() throws {
        try Terminal.run { () throws(PasarError) in
            let site = BenchmarkSite(work: SiteOptions.path(work, directory: true),
                                     database: SyntheticDatabase(markets: markets, complaints: complaints, months: months))
            let start = ContinuousClock.now
            if try site.prepare(from: SiteOptions.path(root, directory: true)) {
                print("pasar bench: generated \(site.folder.path) in \(String(format: "%.1f", seconds(since: start))) s")
            }
            try? FileManager.default.removeItem(at: site.output)
            let clean = try measure(site, label: "clean")
            let unchanged = try measure(site, label: "unchanged")
            try site.changeOneStandardText(back: false)
            let textChanged = try measure(site, label: "one-text")
            try site.changeOneStandardText(back: true)
            try site.changeOneStandard(back: false)
            defer { try? site.changeOneStandard(back: true) }
            let changed = try measure(site, label: "one-standard")
            let outputBytes = folderSize(site.output)
            print("pasar bench: \(markets) markets × \(complaints) complaints × \(months) months (\(site.folder.path))")
            print("| build | wall s | CPU s | peak MiB | files written | files kept | MiB written | complaints/s |")
            print("|---|---:|---:|---:|---:|---:|---:|---:|")
            for (label, t) in [("clean", clean), ("nothing changed", unchanged), ("one standard's text changed", textChanged),
                               ("one standard's limit changed", changed)] {
                let rate = t.wallSeconds > 0 && !t.upToDate ? Double(t.complaints) / t.wallSeconds : 0
                print("| \(label) | \(f(t.wallSeconds, 2)) | \(f(t.cpuSeconds, 2)) | \(f(Double(t.peakResidentKB) / 1024, 0)) | "
                      + "\(t.filesWritten) | \(t.filesKept) | \(f(Double(t.bytesWritten) / 1_048_576, 1)) | \(f(rate, 0)) |")
            }
            print("\nclean build by stage (seconds, summed over threads):")
            for stage in StageClock.Stage.allCases {
                print("  \(stage.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(f(clean.stages[stage.rawValue] ?? 0, 3))")
            }
            // Both units: a target in "MB" may mean either, and the difference is five per cent.
            print("output: \(clean.files) files, \(outputBytes) bytes = \(f(Double(outputBytes) / 1_000_000, 1)) MB = \(f(Double(outputBytes) / 1_048_576, 1)) MiB")
        }
    }

    /// Runs `pasar build --timings` on the site as a process of its own, so its memory is its own.
    func measure(_ site: BenchmarkSite, label: String) throws(PasarError) -> BuildTimings {
        let timings = site.folder.appending(path: "timings-\(label).json")
        let process = Process()
        process.executableURL = URL(filePath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["build", "--root", site.folder.path, "--timings", timings.path]
        let log = site.folder.appending(path: "build-\(label).log")
        do {
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let handle = try FileHandle(forWritingTo: log)
            defer { try? handle.close() }
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
            process.waitUntilExit()
        } catch {
            throw PasarError("cannot run pasar build: \(error.localizedDescription)")
        }
        guard process.terminationStatus == 0 else {
            throw PasarError("pasar build failed on the benchmark site (\(label))", at: .file(log.path), hint: "its messages are in that file")
        }
        do {
            return try JSONDecoder().decode(BuildTimings.self, from: Data(contentsOf: timings))
        } catch {
            throw PasarError("cannot read the timings: \(error.localizedDescription)", at: .file(timings.path))
        }
    }

    func folderSize(_ folder: URL) -> Int {
        let keys: Set<URLResourceKey> = [.fileSizeKey, .isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: Array(keys)) else { return 0 }
        var total = 0
        // Files only: a folder's own size is the file system's, not the site's.
        for case let url as URL in enumerator {
            guard let values = try? url.resourceValues(forKeys: keys), values.isRegularFile == true else { continue }
            total += values.fileSize ?? 0
        }
        return total
    }

    func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = (ContinuousClock.now - start).components
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    }

    func f(_ value: Double, _ places: Int) -> String { String(format: "%.\(places)f", value) }
}
