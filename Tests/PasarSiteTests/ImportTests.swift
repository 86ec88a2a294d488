import Foundation
import GRDB
import Testing
import PasarCore
import PasarDemo
import PasarSources
@testable import PasarSite

/// `pasar import` with what offices' spreadsheets and systems write, bad rows of each kind,
/// re-imports, and the published files imported back.
@Suite struct ImportTests {
    /// A temporary folder with an empty database made by importing the mini site's markets.
    struct Folder {
        let url = FileManager.default.temporaryDirectory.appending(path: "pasar-import-\(UUID().uuidString)", directoryHint: .isDirectory)
        var database: URL { url.appending(path: "pengaduan.sqlite") }

        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        func write(_ name: String, _ bytes: Data) throws -> URL {
            let file = url.appending(path: name)
            try bytes.write(to: file)
            return file
        }

        func run(_ file: URL, table: ImportTable? = nil, skipInvalid: Bool = false) throws -> (TableImport.Summary, [Diagnostic]) {
            var problems: [Diagnostic] = []
            let summary = try TableImport(file: file, fileShownAs: file.lastPathComponent, database: database, databaseShownAs: "pengaduan.sqlite",
                                          table: table, skipInvalid: skipInvalid).run(problem: { problems.append($0) })
            return (summary, problems)
        }

        func rows(_ sql: String) throws -> [Row] {
            let queue = try DatabaseQueue(path: database.path)
            defer { try? queue.close() }
            return try queue.read { try Row.fetchAll($0, sql: sql) }
        }

        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    static let markets = Data("Kode Pasar;Nama Pasar;Kecamatan\npasar-a;Pasar A;Kota Uji\npasar-b;Pasar B;Kota Uji\n".utf8)

    @Test func whatSpreadsheetsWriteIsUnderstood() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let (markets, _) = try folder.run(try folder.write("pasar.csv", Self.markets))
        #expect(markets.table == .markets && markets.inserted == 2 && markets.createdDatabase && markets.delimiter == ";")
        // Excel with Indonesian settings: BOM, semicolons, dd/mm/yyyy, labels, a quoted line break.
        let csv = "\u{FEFF}No. Pengaduan;Nama Pasar;Kategori;Tanggal Diterima;Status;Tanggal Selesai;Uraian;Kerahasiaan;Blok/Los/Kios;Petugas\n"
            + "P-1;Pasar A;Kebersihan;04/03/2025 09:30;Selesai;05-03-2025 14:00;\"Sampah menumpuk;\nbau sekali\";Rahasia;Blok C Los 4;Budi\n"
            + "P-2;pasar-b;parkir;2025-03-06;Dalam proses;;Parkir liar;;;Ani\n"
            + "P-3;Pasar B;Keamanan;2025-03-07T08:00:00+08:00;resolved;2025-03-07 10:00:00;;anonymous;;\n"
        let (summary, problems) = try folder.run(try folder.write("pengaduan.csv", Data(csv.utf8)))
        #expect(problems.isEmpty, "\(problems)")
        #expect(summary.table == .complaints && summary.inserted == 3 && summary.ignoredHeadings == ["Petugas"])
        let rows = try folder.rows("SELECT * FROM complaints ORDER BY id")
        #expect(rows.map { $0["market_id"] as String } == ["pasar-a", "pasar-b", "pasar-b"])
        #expect(rows[0]["received_at"] as String == "2025-03-04T09:30:00+07:00")
        #expect(rows[0]["resolved_at"] as String == "2025-03-05T14:00:00+07:00")
        #expect(rows[0]["status"] as String == "selesai" && rows[0]["confidentiality"] as String == "rahasia")
        #expect(rows[0]["public_summary"] as String == "Sampah menumpuk;\nbau sekali")
        #expect(rows[0]["location"] as String == "Blok C Los 4")
        #expect(rows[1]["received_at"] as String == "2025-03-06T00:00:00+07:00" && rows[1]["status"] as String == "diproses")
        #expect(rows[1]["confidentiality"] as String == "biasa")
        // A time with another offset is kept as that moment, written in WIB.
        #expect(rows[2]["received_at"] as String == "2025-03-07T07:00:00+07:00" && rows[2]["confidentiality"] as String == "anonim")
    }

    @Test func windows1252AndCommasAreReadToo() throws {
        let folder = try Folder()
        defer { folder.remove() }
        _ = try folder.run(try folder.write("pasar.csv", Self.markets))
        var bytes = Data("id,market_id,category_id,received_at,status,public_summary\nW-1,pasar-a,lainnya,2025-01-02,diterima,Caf".utf8)
        bytes.append(contentsOf: [0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x65, 0x94, 0x0A])  // "Café “oke”" in Windows-1252
        let (summary, _) = try folder.run(try folder.write("w.csv", bytes))
        #expect(summary.encoding == "Windows-1252" && summary.inserted == 1)
        #expect(try folder.rows("SELECT public_summary FROM complaints").first?["public_summary"] as String? == "Café “oke”")
    }

    @Test func everyInvalidRowIsReportedWithItsLineAndNothingIsWritten() throws {
        let folder = try Folder()
        defer { folder.remove() }
        _ = try folder.run(try folder.write("pasar.csv", Self.markets))
        let csv = """
            id,market_id,category_id,received_at,status,confidentiality,resolved_at,public_summary
            G-1,pasar-a,parkir,2025-01-02 08:00,diterima,,,"two
            lines"
            ,pasar-a,parkir,2025-01-02,diterima,,,
            B-2,pasar-c,parkir,2025-01-02,diterima,,,
            B-3,pasar-a,parkirr,31/02/2025,diterima,,,
            B-4,pasar-a,parkir,2025-01-02 25:00,beres,,,
            B-5,pasar-a,parkir,2025-01-02,selesai,publik,02.01.2025,

            """
        let file = try folder.write("bad.csv", Data(csv.utf8))
        let error = try #require(throws: PasarError.self) { try folder.run(file) }
        #expect(error.diagnostics.first?.message.hasPrefix("5 invalid row(s), so nothing was imported") == true)
        #expect(try folder.rows("SELECT id FROM complaints").isEmpty)
        var problems: [String] = []
        _ = try? TableImport(file: file, fileShownAs: "bad.csv", database: folder.database, databaseShownAs: "db").run(problem: { problems.append($0.description) })
        // The row after the quoted line break starts on line 4.
        #expect(problems.contains("bad.csv:4: error: id: is empty"))
        #expect(problems.contains("bad.csv:5: error: market_id: \"pasar-c\" is not in the markets table (did you mean \"pasar-a\"?)"))
        #expect(problems.contains("bad.csv:6: error: category_id: \"parkirr\" is not in the categories table (did you mean \"parkir\"?)"))
        #expect(problems.contains { $0.hasPrefix("bad.csv:6: error: received_at: \"31/02/2025\" is not a date") })
        #expect(problems.contains("bad.csv:7: error: received_at: \"2025-01-02 25:00\" has a time that is not hh:mm or hh:mm:ss"))
        #expect(problems.contains { $0.hasPrefix("bad.csv:7: error: status: \"beres\" is not a status") })
        #expect(problems.contains("bad.csv:8: error: confidentiality: \"publik\" is not biasa, anonim or rahasia"))
        #expect(problems.contains { $0.hasPrefix("bad.csv:8: error: resolved_at: \"02.01.2025\" is not a date") })
        #expect(problems.count == 8)

        // With --skip-invalid the good row goes in and the others go to bad.rejects.csv.
        let (summary, _) = try folder.run(file, skipInvalid: true)
        #expect(summary.inserted == 1 && summary.rejected == 5 && summary.rejectsFile == "bad.rejects.csv")
        let rejects = try String(contentsOf: folder.url.appending(path: "bad.rejects.csv"), encoding: .utf8)
        #expect(rejects.hasPrefix("line,reason,id,market_id,category_id,received_at,status,confidentiality,resolved_at,public_summary\n"))
        #expect(rejects.contains("5,\"market_id: \"\"pasar-c\"\" tidak ada di tabel markets (maksudnya \"\"pasar-a\"\"?)\",B-2,pasar-c"))
    }

    @Test func importingTwiceChangesNothingAndAChangedRowIsUpdated() throws {
        let folder = try Folder()
        defer { folder.remove() }
        _ = try folder.run(try folder.write("pasar.csv", Self.markets))
        let csv = "id,market_id,category_id,received_at,status\nR-1,pasar-a,parkir,2025-01-02,diterima\nR-2,pasar-b,parkir,2025-01-03,diterima\n"
        let file = try folder.write("r.csv", Data(csv.utf8))
        #expect(try folder.run(file).0.inserted == 2)
        let again = try folder.run(file).0
        #expect(again.inserted == 0 && again.updated == 0 && again.unchanged == 2)
        let changed = try folder.write("r.csv", Data(csv.replacingOccurrences(of: "R-2,pasar-b,parkir,2025-01-03,diterima", with: "R-2,pasar-b,parkir,2025-01-03,selesai").utf8))
        let update = try folder.run(changed).0
        #expect(update.updated == 1 && update.unchanged == 1)
        #expect(try folder.rows("SELECT status FROM complaints WHERE id = 'R-2'").first?["status"] as String? == "selesai")
        // The markets file again: unchanged.
        #expect(try folder.run(folder.url.appending(path: "pasar.csv")).0.unchanged == 2)
    }

    @Test func aFileThatIsNotForAnyTableOrADatabaseOfAnotherProgramIsRefused() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let unknown = try #require(throws: PasarError.self) { try folder.run(try folder.write("x.csv", Data("a,b\n1,2\n".utf8))) }
        #expect(unknown.text.hasPrefix("x.csv:1: error: cannot tell which table the file is for"))
        let other = try DatabaseQueue(path: folder.database.path)
        try other.write { try $0.execute(sql: "CREATE TABLE notes (id TEXT)") }
        try other.close()
        let refused = try #require(throws: PasarError.self) { try folder.run(try folder.write("pasar.csv", Self.markets)) }
        #expect(refused.text.contains("this is not a Pasar Terbuka complaint database"))
    }

    /// The categories file a database export gives (`id,name,sort_order`) once went into the
    /// markets table: a file goes to a table only when exactly one fits, and a tie is refused.
    @Test func aFileGoesToATableOnlyWhenExactlyOneFits() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let categories = Data("id,name,sort_order\nfasilitas,Fasilitas,1\nkeamanan,Keamanan,2\n".utf8)
        let (byName, _) = try folder.run(try folder.write("categories.csv", categories))
        #expect(byName.choice == TableChoice(table: .categories, reason: .fileNameAndHeadings(["sort_order"])))
        #expect(byName.choice.explanation.text(.indonesian) == "dari nama berkas dan judul kolom: sort_order")
        #expect(try folder.rows("SELECT id FROM markets").isEmpty)
        // The headings alone: sort_order belongs to categories only.
        let (byHeading, _) = try folder.run(try folder.write("ekspor.csv", categories))
        #expect(byHeading.choice == TableChoice(table: .categories, reason: .headings(["sort_order"])))
        #expect(try folder.rows("SELECT id FROM markets").isEmpty && folder.rows("SELECT id FROM categories").count == 7)
        // An Indonesian name and heading: only categories has Kode Kategori.
        let (kategori, _) = try folder.run(try folder.write("Kategori Baru.csv", Data("Kode Kategori,Nama\nbongkar-muat,Bongkar muat\n".utf8)))
        #expect(kategori.choice == TableChoice(table: .categories, reason: .fileNameAndHeadings(["Kode Kategori"])))
        // The name alone decides between two tables that both fit.
        let (named, _) = try folder.run(try folder.write("pasar-baru.csv", Data("id,nama\npasar-c,Pasar C\n".utf8)))
        #expect(named.choice == TableChoice(table: .markets, reason: .fileName))
        // Published markets.csv: district is a markets heading only.
        let (markets, _) = try folder.run(try folder.write("markets.csv", Data("market_id,name,district,received,resolved\npasar-d,Pasar D,Kota,3,2\n".utf8)))
        #expect(markets.choice == TableChoice(table: .markets, reason: .fileNameAndHeadings(["district"])))
        #expect(try folder.rows("SELECT id FROM markets ORDER BY id").map { $0["id"] as String } == ["pasar-c", "pasar-d"])

        // Ties and contradictions are refused, naming both tables and --table, and write nothing.
        let empty = try Folder()
        defer { empty.remove() }
        let tie = try #require(throws: PasarError.self) { try empty.run(try empty.write("data.csv", Data("id,name\na,A\n".utf8))) }
        #expect(tie.text.hasPrefix("data.csv:1: error: the file fits more than one table: markets, categories"))
        #expect(tie.text.contains("--table markets / --table categories"))
        #expect(!FileManager.default.fileExists(atPath: empty.database.path), "a refused import makes no database")
        let contradiction = try #require(throws: PasarError.self) { try empty.run(try empty.write("markets.csv", categories)) }
        #expect(contradiction.text.contains("markets, categories (markets from the file name; categories from the headings: sort_order)"))
        #expect(!FileManager.default.fileExists(atPath: empty.database.path))
        // A complaints file without its market and status columns is said to be one, not put in markets.
        let partial = Data("ID;Nama;Kategori;Tanggal Diterima\n1;x;y;2025-01-01\n".utf8)
        let incomplete = try #require(throws: PasarError.self) { try empty.run(try empty.write("pengaduan.csv", partial)) }
        #expect(incomplete.text.contains("looks like one for the complaints table"))
        #expect(incomplete.text.contains("no column for market_id, status"))
        // --table still decides when given.
        let (given, _) = try empty.run(try empty.write("data.csv", Data("id,name\npasar-e,Pasar E\n".utf8)), table: .markets)
        #expect(given.choice == TableChoice(table: .markets, reason: .option))
    }

    /// The published files of a clean sample (no rahasia rows, no impossible records) imported into an
    /// empty database, markets or categories first (both orders docs/import.md allows), rebuild the
    /// same figures, file for file.
    @Test(arguments: [["markets", "categories"], ["categories", "markets"]])
    func thePublishedFilesImportedBackRebuildTheSameFigures(order: [String]) throws {
        let folder = try Folder()
        defer { folder.remove() }
        let original = folder.url.appending(path: "original.sqlite")
        _ = try SampleDatabase.write(to: original, shownAs: "original.sqlite")
        let queue = try DatabaseQueue(path: original.path)
        try queue.write { db in
            try db.execute(sql: """
                DELETE FROM complaints WHERE confidentiality = 'rahasia' OR id IN ('ADU-202503-0123', 'ADU-202509-0196', 'ADU-202504-0263',
                  'ADU-202601-0189', 'ADU-202506-0155', 'ADU-202512-0044', 'ADU-202604-0088', 'ADU-202602-0098', 'ADU-202606-0052', 'ADU-202607-0167')
                """)
        }
        try queue.close()
        let asOf = "2026-11-20T16:04:55+07:00"
        let first = folder.url.appending(path: "first", directoryHint: .isDirectory)
        _ = try Site.build(BuildOptions(root: FixtureSite.repository, database: original, output: first, asOf: asOf))
        let tables: [String: ImportTable] = ["markets": .markets, "categories": .categories]
        for name in order + (2024...2026).map({ "complaints-\($0)" }) {
            let (summary, problems) = try folder.run(first.appending(path: "data/\(name).csv"))
            #expect(problems.isEmpty && summary.rejected == 0, "\(name): \(problems.prefix(3))")
            #expect(summary.table == tables[name] ?? .complaints, "\(name) went to \(summary.table)")
        }
        let second = folder.url.appending(path: "second", directoryHint: .isDirectory)
        _ = try Site.build(BuildOptions(root: FixtureSite.repository, database: folder.database, output: second, asOf: asOf))
        for file in ["markets.csv", "categories.csv", "market-categories.csv", "regency.csv", "monthly.csv", "recurring-problems.csv"] {
            #expect(try Data(contentsOf: first.appending(path: "data/\(file)")) == Data(contentsOf: second.appending(path: "data/\(file)")), "\(file) differs")
        }
    }
}
