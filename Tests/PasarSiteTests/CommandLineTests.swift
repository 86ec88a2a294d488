import Foundation
import Testing
import PasarCore

/// The pasar program as an officer meets it: Indonesian by default, English on request, suggestions
/// for mistyped commands and options, grouped warnings, --strict.
@Suite struct CommandLineTests {
    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    static func pasar(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = try #require(FixtureSite.pasarExecutable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for key in ["LANG", "LC_ALL", "LC_MESSAGES"] { env[key] = nil }
        env.merge(environment) { _, new in new }
        process.environment = env
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile(), errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), errors: String(decoding: errors, as: UTF8.self))
    }

    @Test func aMistypedCommandGetsASuggestionInTheUsersLanguage() throws {
        let indonesian = try Self.pasar(["chek"])
        #expect(indonesian.status == 64)
        #expect(indonesian.errors.contains("kesalahan: perintah \"chek\" tidak dikenal"))
        #expect(indonesian.errors.contains("maksudnya \"pasar check\"?"))
        let english = try Self.pasar(["chek", "--lang", "en"])
        #expect(english.errors.contains("error: unknown command \"chek\"") && english.errors.contains("did you mean \"pasar check\"?"))
        let locale = try Self.pasar(["chek"], environment: ["LANG": "en_US.UTF-8"])
        #expect(locale.errors.contains("did you mean \"pasar check\"?"))
    }

    @Test func aMistypedOptionGetsASuggestion() throws {
        let run = try Self.pasar(["build", "--outt", "x"])
        #expect(run.status == 64)
        #expect(run.errors.contains("pilihan '--outt' tidak dikenal. Maksudnya '--out'?"))
        #expect(run.errors.contains("Cara pakai: pasar build"))
    }

    @Test func helpIsInIndonesianByDefaultAndInEnglishOnRequest() throws {
        let indonesian = try Self.pasar(["--help"])
        #expect(indonesian.status == 0)
        #expect(indonesian.output.contains("PERINTAH:") && indonesian.output.contains("Bangun situs web ke folder keluaran"))
        let english = try Self.pasar(["check", "--help", "--lang", "en"])
        #expect(english.output.contains("OPTIONS:") && english.output.contains("Check content, settings and database"))
    }

    @Test func buildEndsWithChecksWarningsGroupedAndStrictFailsOnThem() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        // 40 more markets without a document of their own: one kind of warning, 41 times.
        try site.execute((1...40).map { "INSERT INTO markets (id, name) VALUES ('pasar-x\($0)', 'Pasar X\($0)');" }.joined())
        let build = try Self.pasar(["build", "--root", site.root.path, "--as-of", FixtureSite.miniAsOf])
        #expect(build.status == 0, "\(build.errors)")
        #expect(build.output.contains("peringatan dari pasar check; yang terpenting"))
        #expect(build.output.contains("belum punya dokumen standar sendiri; standar kabupaten berlaku (dan 40 lagi yang sejenis)"))
        let check = try Self.pasar(["check", "--root", site.root.path, "--as-of", FixtureSite.miniAsOf])
        #expect(check.output.contains("… dan 38 lagi yang sejenis (pasar check --all menampilkan semuanya)"))
        #expect(check.output.components(separatedBy: "belum punya dokumen standar sendiri").count - 1 == 3)
        let all = try Self.pasar(["check", "--all", "--root", site.root.path, "--as-of", FixtureSite.miniAsOf])
        #expect(all.output.components(separatedBy: "belum punya dokumen standar sendiri").count - 1 == 41)

        try site.execute("UPDATE markets SET name = 'Pasar A baru' WHERE id = 'pasar-a'")
        let before = try FixtureSite.snapshot(site.output)
        let strict = try Self.pasar(["build", "--strict", "--root", site.root.path, "--as-of", FixtureSite.miniAsOf])
        #expect(strict.status == 1)
        #expect(strict.errors.contains("--strict: ada"))
        #expect(try FixtureSite.snapshot(site.output) == before, "a strict build that failed changed the output")
    }
}
