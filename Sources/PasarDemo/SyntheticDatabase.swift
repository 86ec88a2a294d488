import Foundation
import GRDB
import PasarCore
import PasarSources

/// A deterministic synthetic province for `pasar bench`: any number of markets (grouped in districts,
/// with skewed sizes: a few busy markets, many small ones) and of complaints over any number of
/// months, each complaint made by the sample generator. Written month by month, so even millions of
/// complaints never sit in memory; the same parameters always give the same database.
public struct SyntheticDatabase: Sendable {
    public let markets: Int
    public let complaints: Int
    public let months: Int
    public let seed: UInt64

    public init(markets: Int, complaints: Int, months: Int, seed: UInt64 = SampleData.defaultSeed) {
        self.markets = max(1, markets)
        self.complaints = max(0, complaints)
        self.months = max(1, months)
        self.seed = seed
    }

    /// Each market's id and name, in the order they are made.
    public func marketNames() -> [(id: String, name: String)] { marketList().map { ($0.id, $0.name) } }

    /// The markets: the twelve of the sample regency first, then made-up ones.
    func marketList() -> [SampleMarket] {
        var random = SampleRandom(seed: seed &+ 7)
        let districts = max(1, markets / 20)
        return (0..<markets).map { index in
            if index < SampleMarkets.all.count { return SampleMarkets.all[index] }
            let model = SampleMarkets.all[index % SampleMarkets.all.count]
            let number = index + 1
            // The district name alone: pages say "Kecamatan" before it.
            let district = "\(SyntheticDatabase.districtNames[index % districts % SyntheticDatabase.districtNames.count]) \(index % districts / SyntheticDatabase.districtNames.count + 1)"
            // Zipf-like sizes: a market's weight falls with its rank.
            let weight = 20 / pow(Double(number) / 3, 0.8)
            return SampleMarket(id: "pasar-\(number)", name: "Pasar \(SyntheticDatabase.names[index % SyntheticDatabase.names.count]) \(number)",
                                district: district, address: "Jl. Pasar No. \(number)", weight: weight,
                                slowness: 0.6 + random.unit() * 1.6, mix: model.mix)
        }
    }

    /// Writes the database to `url` (replacing a sample or synthetic one there).
    public func write(to url: URL) throws(PasarError) {
        let fm = FileManager.default
        let staging = url.deletingLastPathComponent().appending(path: ".\(url.lastPathComponent).pasar-new")
        do {
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? fm.removeItem(at: staging)
            var configuration = Configuration()
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
            }
            let queue = try DatabaseQueue(path: staging.path, configuration: configuration)
            try queue.writeWithoutTransaction { db in try db.inTransaction { try fill(db); return .commit } }
            try queue.close()
            try? fm.removeItem(at: url)
            try fm.moveItem(at: staging, to: url)
        } catch {
            try? fm.removeItem(at: staging)
            throw PasarError("cannot write the synthetic database: \(error)", at: .file(url.path))
        }
    }

    func fill(_ db: Database) throws {
        try db.execute(sql: ComplaintDatabaseSchema.createStatements)
        try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('dataset', 'contoh'), ('generator', 'pasar bench'), ('seed', ?)",
                       arguments: [String(seed)])
        for (position, category) in ComplaintDatabaseSchema.standardCategories.enumerated() {
            try db.execute(sql: "INSERT INTO categories (id, name, sort_order) VALUES (?, ?, ?)", arguments: [category.id, category.name, position + 1])
        }
        let all = marketList()
        for market in all {
            try db.execute(sql: "INSERT INTO markets (id, name, district, address) VALUES (?, ?, ?, ?)",
                           arguments: [market.id, market.name, market.district, market.address])
        }
        let insert = try db.makeStatement(sql: """
            INSERT INTO complaints (id, market_id, category_id, channel, received_at, first_response_at, resolved_at,
                                    status, public_summary, reporter_name, reporter_phone, reporter_contact, confidentiality)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var random = SampleRandom(seed: seed)
        let marketTable = CumulativeWeights(all.map(\.weight))
        let lastMonth = SampleData.end.wibDate.yearMonth
        let monthList = lastMonth.lastMonths(months)
        // Complaints per month in proportion to the days in the data (the last month is partial) and the season.
        let monthWeights = monthList.map { month -> Double in
            let days = month == lastMonth ? SampleData.end.wibDate.day : month.lastDay.day
            return Double(days) * SampleData.season(month.month)
        }
        let totalWeight = monthWeights.reduce(0, +)
        var assigned = 0
        var written = 0
        for (index, month) in monthList.enumerated() {
            let share = index == monthList.count - 1 ? complaints - assigned : Int(Double(complaints) * monthWeights[index] / totalWeight)
            assigned += share
            let days = month == lastMonth ? SampleData.end.wibDate.day : month.lastDay.day
            var received: [Timestamp] = (0..<share).map { _ in
                let day = month.firstDay.adding(days: random.int(0...(days - 1)))
                let hour = random.chance(0.75) ? random.int(7...15) : random.int(16...21)
                return day.startInWIB.adding(seconds: Int64(hour * 3600 + random.int(0...59) * 60 + random.int(0...59)))
            }
            received.sort()
            for (number, time) in received.enumerated() where time <= SampleData.end {
                let market = all[marketTable.pick(random.unit())]
                let id = "ADU-\(month.year)\(zeroPadded(month.month, width: 2))-\(zeroPadded(number + 1, width: 6))"
                var row = SampleData.complaint(id: id, received: time, market: market, random: &random)
                written += 1
                // About one record in twenty thousand has a recording mistake, as real data do.
                if written % 20_011 == 0 { row.status = "selesai"; row.resolvedAt = nil }
                if written % 30_011 == 0 { row.marketID = "pasar-lama" }
                try insert.execute(arguments: [
                    row.id, row.marketID, row.categoryID, row.channel, row.receivedAt, row.firstResponseAt, row.resolvedAt, row.status,
                    row.publicSummary, row.reporterName, row.reporterPhone, row.reporterContact, row.confidentiality,
                ])
            }
        }
    }

    static let names = ["Baru", "Induk", "Lama", "Sentral", "Kota", "Raya", "Pagi", "Kembang", "Ikan", "Sayur", "Buah", "Jaya", "Mulya", "Sari"]
    static let districtNames = ["Sukamaju", "Mekarsari", "Sumberjaya", "Tirtamulya", "Kembangan", "Cikalong", "Sukasari", "Wanasari",
                                "Sindangrasa", "Cipadu", "Pesisir", "Karangsari", "Margahayu", "Cibeureum", "Pasirjati"]
}

/// Picking an index in proportion to its weight in O(log n): a binary search over running totals.
struct CumulativeWeights {
    let totals: [Double]

    init(_ weights: [Double]) {
        var sum = 0.0
        totals = weights.map { sum += $0; return sum }
    }

    /// The index for a uniform `unit` in [0, 1).
    func pick(_ unit: Double) -> Int {
        let target = unit * (totals.last ?? 0)
        var low = 0, high = totals.count - 1
        while low < high {
            let middle = (low + high) / 2
            if totals[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
