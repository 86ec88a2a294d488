import Foundation
import Glibc
import Testing
import PasarCore
import PasarSources
@testable import PasarSite

/// The output is replaced so that at every instant it is the complete old site or the complete new
/// one: across leftovers of stopped builds, folders pasar did not make, symbolic links, builds
/// started at once, and a build killed at any moment.
@Suite struct OutputSafetyTests {
    @Test func aFolderInTheWayThatPasarDidNotMakeIsNeverDeleted() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.write("milik saya", to: ".public.pasar-old/catatan.txt")
        let error = try #require(throws: PasarError.self) { try Site.build(site.options()) }
        #expect(error.text.contains(".public.pasar-old: error: a folder that pasar did not make is in the way"))
        #expect(try site.read(".public.pasar-old/catatan.txt", in: site.root) == "milik saya")
    }

    @Test func leftoversOfAStoppedBuildAreCleanedUpOrPutBack() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try Site.build(site.options())
        let built = try FixtureSite.snapshot(site.output)
        // A build stopped while staging: a marked, half-written staging folder.
        try site.write("setengah", to: ".public.pasar-new/.pasar-staging")
        try site.write("<html>", to: ".public.pasar-new/index.html")
        // A build stopped between moving the old site aside and the new one in (file systems without exchange).
        try FileManager.default.moveItem(at: site.output, to: site.root.appending(path: ".public.pasar-old"))
        try site.execute("UPDATE complaints SET status = 'selesai', resolved_at = '2025-12-30T10:00:00+07:00' WHERE id = 'A8'")
        _ = try Site.build(site.options())
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".public.pasar-") && $0 != ".public.pasar-lock" }
        #expect(leftovers.isEmpty)
        #expect(try FixtureSite.snapshot(site.output) != built)
        #expect(try site.read("data/markets.csv").contains("pasar-a,"))
    }

    @Test func aSymbolicLinkAsTheOutputStaysALink() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let target = site.root.appending(path: "served/site", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: site.output, withDestinationURL: target)
        _ = try Site.build(site.options())
        try site.execute("UPDATE markets SET name = 'Pasar A Baru' WHERE id = 'pasar-a'")
        _ = try Site.build(site.options())
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: site.output.path) == target.path)
        #expect(try String(contentsOf: target.appending(path: "data/markets.csv"), encoding: .utf8).contains("Pasar A Baru"))
    }

    @Test func buildsStartedAtOnceTakeTurns() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let results = OSAllocatedResults()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            results.add(Result { () throws(PasarError) -> Int in try Site.build(site.options()).files })
        }
        #expect(results.failures == 0)
        #expect(OutputSafetyTests.isComplete(site.output))
    }

    /// True when every file the manifest lists is there with its checksum, and no other file is.
    static func isComplete(_ folder: URL) -> Bool {
        guard let manifest = OutputManifest.read(folder.appending(path: OutputFolder.markerName)),
              let files = try? FixtureSite.snapshot(folder) else { return false }
        let listed = Set(manifest.files.keys)
        guard Set(files.keys).subtracting([OutputFolder.markerName]) == listed else { return false }
        return listed.allSatisfy { path in files[path].map { Digest.hex($0) } == manifest.files[path]?.sha256 }
    }

    @Test func aBuildKilledAtAnyMomentLeavesTheOldOrTheNewSite() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let pasar = try #require(FixtureSite.pasarExecutable)
        _ = try Site.build(site.options())
        var random = SystemRandomNumberGenerator()
        func start() throws -> Process {
            let process = Process()
            process.executableURL = pasar
            process.arguments = ["build", "--root", site.root.path, "--as-of", FixtureSite.miniAsOf]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        // Kills are spread over the time a whole build takes on this machine under this load, so
        // some land before the swap and some after however slow the machine is.
        let clock = ContinuousClock()
        try site.execute("UPDATE markets SET name = 'Pasar A timed' WHERE id = 'pasar-a'")
        let began = clock.now
        let timed = try start()
        timed.waitUntilExit()
        var sites: Set<String> = [try OutputSafetyTests.fingerprint(site.output)]
        let took = (clock.now - began).components
        let buildMicroseconds = max(50_000, took.seconds * 1_000_000 + took.attoseconds / 1_000_000_000_000)
        for round in 0..<24 {
            // Each round changes the data, so the old and the new site differ.
            try site.execute("UPDATE markets SET name = 'Pasar A \(round)' WHERE id = 'pasar-a'")
            let process = try start()
            // Every fourth round waits past twice a whole build, so those are likely to finish first.
            let delay = Int64.random(in: 0...(buildMicroseconds * 3 / 2), using: &random) + (round % 4 == 3 ? buildMicroseconds * 2 : 0)
            usleep(UInt32(min(Int64(UInt32.max), delay)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(OutputSafetyTests.isComplete(site.output), "round \(round): public/ is not a complete site")
            sites.insert(try OutputSafetyTests.fingerprint(site.output))
        }
        // A build after all that finishes and cleans up.
        _ = try Site.build(site.options())
        #expect(OutputSafetyTests.isComplete(site.output))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".public.pasar-") && $0 != ".public.pasar-lock" }
        #expect(leftovers.isEmpty)
        // Some kills came before the swap and some after (the timing varies by machine).
        #expect(sites.count >= 2)
    }

    static func fingerprint(_ folder: URL) throws -> String {
        Digest.hex(try FixtureSite.snapshot(folder).sorted { $0.key < $1.key }.map { "\($0.key) \(Digest.hex($0.value))" }.joined(separator: "\n"))
    }
}

/// Results collected from several threads.
final class OSAllocatedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [Result<Int, PasarError>] = []

    func add(_ result: Result<Int, PasarError>) { lock.withLock { outcomes.append(result) } }
    var failures: Int { lock.withLock { outcomes.count { if case .failure = $0 { true } else { false } } } }
}
