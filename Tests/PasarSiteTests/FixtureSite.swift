import Foundation
import GRDB
import PasarCore
import PasarSources
import PasarRender
import ZIPFoundation
@testable import PasarSite

/// A copy of a fixture site in a fresh temporary folder, with the repository's default theme and a
/// database built from the fixture's SQL. Tests change the copy freely.
struct FixtureSite {
    static let repository = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Fixtures")
    static let miniAsOf = "2025-12-31T12:00:00+07:00"

    /// The pasar program built beside the test bundle (the test target depends on it).
    static var pasarExecutable: URL? {
        let folder = URL(filePath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? "").deletingLastPathComponent()
        let candidate = folder.appending(path: "pasar")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }

    let root: URL

    /// Copies `Fixtures/<name>` and builds `database/uji.sqlite` from `Fixtures/<name>.sql` (in a
    /// database made with `schema`, the version-1 schema unless given).
    init(_ name: String = "mini-site", schema: String = ComplaintDatabaseSchema.createStatements) throws {
        let fm = FileManager.default
        root = fm.temporaryDirectory.appending(path: "pasar-tests-\(UUID().uuidString)", directoryHint: .isDirectory)
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        try fm.copyItem(at: FixtureSite.fixtures.appending(path: name).appending(path: "content"), to: root.appending(path: "content"))
        try fm.createDirectory(at: root.appending(path: "themes"), withIntermediateDirectories: true)
        try fm.copyItem(at: FixtureSite.repository.appending(path: "themes/default"), to: root.appending(path: "themes/default"))
        try fm.createDirectory(at: root.appending(path: "database"), withIntermediateDirectories: true)
        let sql = try String(contentsOf: FixtureSite.fixtures.appending(path: "\(name).sql"), encoding: .utf8)
        try FixtureSite.makeDatabase(at: database, sql: sql, schema: schema)
    }

    var database: URL { root.appending(path: "database/uji.sqlite") }
    var output: URL { root.appending(path: "public", directoryHint: .isDirectory) }

    func options(asOf: String? = FixtureSite.miniAsOf, output: URL? = nil) -> BuildOptions {
        BuildOptions(root: root, output: output, asOf: asOf)
    }

    /// Creates a version-1 database and runs `sql` in it.
    static func makeDatabase(at url: URL, sql: String, schema: String = ComplaintDatabaseSchema.createStatements) throws {
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: schema)
            try db.execute(sql: sql)
        }
        try queue.close()
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appending(path: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String, in folder: URL? = nil) throws -> String {
        try String(contentsOf: (folder ?? output).appending(path: path), encoding: .utf8)
    }

    func execute(_ sql: String) throws {
        let queue = try DatabaseQueue(path: database.path)
        try queue.write { db in try db.execute(sql: sql) }
        try queue.close()
    }

    /// Every file below `folder` with its bytes, by relative path.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return files
    }

    /// Every entry of a ZIP with its bytes.
    static func unzip(_ url: URL) throws -> [String: Data] {
        let archive = try Archive(url: url, accessMode: .read)
        var entries: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            entries[entry.path] = data
        }
        return entries
    }

    /// A gzip file's contents, by the system's gzip (the lookup files).
    static func gunzip(_ url: URL) throws -> Data {
        let (status, output) = try ExternalTool.run("gzip", ["-dc", url.path])
        guard status == 0 else { throw ExternalTool.Missing(name: "a readable gzip file at \(url.path): \(output)") }
        return Data(output.utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

extension PasarError {
    /// All diagnostics as one text, for assertions on messages and locations.
    var text: String { description }
}
