import Foundation
import GRDB
import Testing
import PasarCore
@testable import PasarSite

/// The database as offices have it: another program writing to it, or a WAL database in a folder the
/// build may not write to.
@Suite struct DatabaseConditionsTests {
    /// Holds an exclusive lock on the mini site's database (a rollback-journal database) until released.
    final class Writer: @unchecked Sendable {
        let queue: DatabaseQueue
        let released = DispatchSemaphore(value: 0)
        let holding = DispatchSemaphore(value: 0)

        init(_ site: FixtureSite) throws {
            queue = try DatabaseQueue(path: site.database.path)
            DispatchQueue.global().async { [self] in
                try? queue.writeWithoutTransaction { db in
                    try db.execute(sql: "BEGIN EXCLUSIVE")
                    try db.execute(sql: "UPDATE markets SET name = 'Pasar A Baru' WHERE id = 'pasar-a'")
                    holding.signal()
                    released.wait()
                    try db.execute(sql: "COMMIT")
                }
            }
            holding.wait()
        }
    }

    @Test func aBusyWriterIsWaitedForAndThenTheBuildReadsItsChanges() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let writer = try Writer(site)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { writer.released.signal() }
        _ = try Site.build(site.options())
        #expect(try site.read("data/markets.csv").contains("Pasar A Baru"))
    }

    @Test func aWriterThatDoesNotFinishGivesAClearErrorAfterAWhile() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let writer = try Writer(site)
        defer { writer.released.signal() }
        var options = site.options()
        options.databaseWait = 0.3
        let error = try #require(throws: PasarError.self) { try Site.build(options) }
        #expect(error.text.hasPrefix("database/uji.sqlite: error: the database is locked by another program that is writing to it (waited 0 s)")
                || error.text.hasPrefix("database/uji.sqlite: error: the database is locked by another program that is writing to it"))
        #expect(error.text.contains("hint: build again when it has finished"))
    }

    /// chattr +i makes a folder read-only even for root (the tests may run as root); not every file system has it.
    static let canMakeFoldersImmutable: Bool = {
        let folder = FileManager.default.temporaryDirectory.appending(path: "pasar-chattr-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { _ = run("chattr", "-i", folder.path); try? FileManager.default.removeItem(at: folder) }
        return run("chattr", "+i", folder.path) && !FileManager.default.createFile(atPath: folder.appending(path: "x").path, contents: nil)
    }()

    @discardableResult
    static func run(_ arguments: String...) -> Bool {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test(.enabled(if: canMakeFoldersImmutable, "the file system cannot make a folder read-only for root"))
    func aWALDatabaseInAReadOnlyFolderIsRead() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let folder = site.root.appending(path: "readonly", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appending(path: "wal.sqlite")
        try FileManager.default.copyItem(at: site.database, to: database)
        let queue = try DatabaseQueue(path: database.path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
        try queue.close()  // a clean close folds the WAL into the file and removes -wal and -shm
        #expect(!FileManager.default.fileExists(atPath: database.path + "-shm"))
        #expect(Self.run("chattr", "+i", folder.path))
        defer { Self.run("chattr", "-i", folder.path) }
        var options = site.options()
        options.database = database
        let report = try Site.build(options)
        #expect(report.complaintsCounted == 13)
        #expect(!FileManager.default.fileExists(atPath: database.path + "-shm"))
    }
}
