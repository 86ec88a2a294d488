import Foundation
import GRDB
import Testing
import PasarCore
@testable import PasarSources

@Suite struct ComplaintStoreTests {
    func database(_ sql: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "store-\(UUID().uuidString).sqlite")
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: ComplaintDatabaseSchema.createStatements)
            try db.execute(sql: sql)
        }
        try queue.close()
        return url
    }

    /// The reference tables and every complaint, read through the source's snapshot.
    func read(_ url: URL) throws -> (reference: ReferenceData, complaints: [Complaint], latest: Timestamp?) {
        try SQLiteComplaintSource(url: url, shownAs: "x.sqlite").withSnapshot { snapshot throws(PasarError) in
            var complaints: [Complaint] = []
            try snapshot.forEachComplaint(batchSize: 2) { complaints += $0 }
            var latest: Timestamp?
            try snapshot.forEachTimestamp { latest = max(latest ?? $0, $0) }
            return (snapshot.reference, complaints, latest)
        }
    }

    @Test func readsValuesAndKeepsUnusableOnesAsInvalid() throws {
        let url = try database("""
            INSERT INTO meta VALUES ('dataset', 'contoh');
            INSERT INTO markets (id, name) VALUES ('pasar-a', 'Pasar A');
            INSERT INTO categories (id, name, sort_order) VALUES ('parkir', 'Parkir', 2), ('fasilitas', 'Fasilitas', 1);
            INSERT INTO complaints (id, market_id, category_id, received_at, resolved_at, status, confidentiality)
              VALUES ('K1', 'pasar-a', 'parkir', '2025-03-04T09:30:00+07:00', '  ', 'selesai', 'anonim'),
                     ('K2', 'pasar-a', 'parkir', 1741055400, NULL, 'Selesai ', 'terbuka');
            """)
        defer { try? FileManager.default.removeItem(at: url) }
        let db = try read(url)
        #expect(db.reference.isSample)
        #expect(db.reference.categories.map(\.id) == ["fasilitas", "parkir"])  // sort_order
        let k1 = db.complaints[0], k2 = db.complaints[1]
        #expect(k1.receivedAt == .value(try Timestamp.parse("2025-03-04T09:30:00+07:00").get()))
        #expect(k1.resolvedAt == .missing)
        #expect(k1.confidentiality == .value(.anonim))
        #expect(k2.receivedAt == .invalid("1741055400"))   // an integer is not an ISO 8601 time
        #expect(k2.status == .invalid("Selesai "))
        #expect(k2.confidentiality == .invalid("terbuka"))
        #expect(!k2.mayBeListed)
    }

    @Test func latestTimestampIsTheDefaultAsOf() throws {
        let url = try database("""
            INSERT INTO complaints (id, market_id, category_id, received_at, first_response_at, resolved_at, status)
              VALUES ('K1', 'a', 'b', '2025-03-04T09:30:00+07:00', '2025-03-09T08:00:00+07:00', '2025-03-05T10:00:00+07:00', 'selesai');
            """)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try read(url).latest == Timestamp.parse("2025-03-09T08:00:00+07:00").get())
    }
}
