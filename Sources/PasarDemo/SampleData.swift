import PasarCore

/// One row of the sample complaints table, including the private reporter columns (made up) so that
/// the generator's privacy rules are exercised on realistic data.
public struct SampleComplaintRow: Sendable, Hashable {
    public var id: String
    public var marketID: String
    public var categoryID: String
    public var channel: String
    public var receivedAt: String?
    public var firstResponseAt: String?
    public var resolvedAt: String?
    public var status: String
    public var publicSummary: String
    public var reporterName: String
    public var reporterPhone: String
    public var reporterContact: String
    public var confidentiality: String
    /// Blok, los or kios; nil when the officer did not record it.
    public var location: String? = nil
}

/// The deterministic sample: about 6,000 complaints over 24 months at 12 markets of the made-up
/// Kabupaten Sukamaju, with a realistic mix of categories, channels, speeds, open and overdue
/// complaints, and a handful of deliberately broken records for the data-quality report.
public struct SampleData: Sendable {
    public static let firstDay = YearMonth(year: 2024, month: 12).firstDay
    /// The moment the sample's records stop: everything later has not happened yet.
    public static let end = YearMonth(year: 2026, month: 11).firstDay.adding(days: 19).startInWIB.adding(seconds: 16 * 3600 + 30 * 60)
    public static let complaintCount = 6000
    public static let defaultSeed: UInt64 = 20_261_120

    public let markets: [(id: String, name: String, district: String, address: String)]
    public let complaints: [SampleComplaintRow]
    /// Satisfaction survey sheets: (id, market, period, nine scores; nil for an empty cell).
    public let satisfaction: [(id: String, marketID: String, period: String, scores: [Int?])]

    public init(seed: UInt64 = SampleData.defaultSeed, complaints count: Int = SampleData.complaintCount) {
        var random = SampleRandom(seed: seed)
        markets = SampleMarkets.all.map { ($0.id, $0.name, $0.district, $0.address) }
        let days = Int(SampleData.end.wibDate.dayNumber - SampleData.firstDay.dayNumber)
        let dayWeights = (0..<days).map { offset -> (Int, Double) in
            let date = SampleData.firstDay.adding(days: offset)
            return (offset, SampleData.season(date.month) * (1 + 0.25 * Double(offset) / Double(days)) * (date.isWeekend ? 0.6 : 1))
        }
        var rows: [SampleComplaintRow] = []
        var perMonth: [YearMonth: Int] = [:]
        var drafts: [(Timestamp, SampleMarket)] = []
        for _ in 0..<count {
            let day = SampleData.firstDay.adding(days: random.weighted(dayWeights))
            let officeHours = random.chance(0.75)
            let hour = officeHours ? random.int(7...15) : random.int(16...21)
            let received = day.startInWIB.adding(seconds: Int64(hour * 3600 + random.int(0...59) * 60 + random.int(0...59)))
            drafts.append((received, random.weighted(SampleMarkets.all.map { ($0, $0.weight) })))
        }
        drafts.sort { $0.0 < $1.0 }
        for (received, market) in drafts {
            let month = received.wibDate.yearMonth
            perMonth[month, default: 0] += 1
            let id = "ADU-\(month.year)\(zeroPadded(month.month, width: 2))-\(zeroPadded(perMonth[month] ?? 0, width: 4))"
            rows.append(SampleData.complaint(id: id, received: received, market: market, random: &random))
        }
        SampleData.breakSomeRecords(&rows)
        SampleData.placeComplaints(&rows, seed: seed &+ 2)
        complaints = rows
        satisfaction = SampleData.survey(seed: seed &+ 1)
    }

    /// Three half-yearly surveys per market: about one respondent per ten complaints (at least 8),
    /// quicker markets scoring higher, and three sheets with impossible scores.
    static func survey(seed: UInt64) -> [(id: String, marketID: String, period: String, scores: [Int?])] {
        var random = SampleRandom(seed: seed)
        var sheets: [(id: String, marketID: String, period: String, scores: [Int?])] = []
        for period in ["2025-S1", "2025-S2", "2026-S1"] {
            for market in SampleMarkets.all {
                let respondents = max(8, Int(market.weight * 6) + random.int(0...20))
                let good = max(0.15, min(0.85, 1.05 - 0.45 * market.slowness))
                for number in 1...respondents {
                    let scores: [Int?] = (0..<9).map { element in
                        // Element 4 (cost) scores well everywhere: complaints are free of charge.
                        let p = element == 3 ? 0.8 : good
                        return random.weighted([(4, p), (3, 0.9 - p * 0.6), (2, 0.12), (1, 0.03)])
                    }
                    sheets.append(("SKM-\(period)-\(market.id)-\(zeroPadded(number, width: 4))", market.id, period, scores))
                }
            }
        }
        // Data-entry slips: a 5, a 0 and an empty cell.
        sheets[17].scores[2] = 5
        sheets[240].scores[8] = 0
        sheets[611].scores[5] = nil
        return sheets
    }

    /// Lebaran (March–April), the year's end and the start of the year bring more complaints.
    static func season(_ month: Int) -> Double {
        switch month {
        case 3: 1.4
        case 4: 1.25
        case 12: 1.2
        case 1: 1.1
        case 6, 7: 0.9
        default: 1.0
        }
    }

    static func complaint(id: String, received: Timestamp, market: SampleMarket, random: inout SampleRandom) -> SampleComplaintRow {
        let category = random.weighted(zip(SampleCategories.ids, market.mix).map { ($0, $1) })
        let channel = random.weighted([("langsung", 30), ("whatsapp", 25), ("telepon", 12), ("sp4n-lapor", 10),
                                       ("kotak-saran", 8), ("media-sosial", 10), ("surat", 5)])
        let responseHours = random.weighted([(0.5...6.0, 0.6), (6.0...30.0, 0.3), (30.0...100.0, 0.1)])
        var firstResponse: Timestamp? = random.chance(0.93)
            ? received.adding(seconds: Int64(random.double(in: responseHours) * 3600 * market.slowness.squareRootApproximation))
            : nil
        var status = "selesai"
        var resolved: Timestamp?
        let rejected = random.chance(0.07)
        let stuck = random.chance(0.012 * market.slowness * market.slowness)
        if rejected {
            status = "ditolak"
            resolved = received.adding(seconds: Int64(random.double(in: 6...72) * 3600))
        } else if !stuck {
            var hours = random.double(in: resolutionHours(category)) * market.slowness
            if random.chance(0.12) { hours *= 3 }
            resolved = workingTime(received.adding(seconds: Int64(hours * 3600)), random: &random)
        } else if end.seconds - received.seconds > 150 * 86_400 ? random.chance(0.93) : random.chance(0.5) {
            // Most complaints that stall are finished in the end, one to six months late; a few never are.
            resolved = workingTime(received.adding(seconds: Int64(random.double(in: 30...180) * 86_400)), random: &random)
        }
        if let closing = resolved, closing > end { resolved = nil }
        if resolved == nil {
            let age = end.seconds - received.seconds
            status = age < 86_400 ? "diterima" : age < 3 * 86_400 ? "diverifikasi" : "diproses"
            if stuck, age > 20 * 86_400, random.chance(0.5) { status = "diverifikasi" }
        }
        if let response = firstResponse, response > (resolved ?? end) { firstResponse = resolved }
        let name = "\(random.pick(SampleText.firstNames)) \(random.pick(SampleText.lastNames))"
        var summary = random.pick(SampleText.summaries[category] ?? ["Keluhan pedagang."])
        let phone = "08\(random.int(11...13))\(random.int(1000_0000...9999_9999))"
        if random.chance(0.02) { summary += " Mohon hubungi saya di \(phone)." }
        return SampleComplaintRow(
            id: id, marketID: market.id, categoryID: category, channel: channel, receivedAt: received.description,
            firstResponseAt: firstResponse?.description, resolvedAt: resolved?.description, status: status,
            publicSummary: summary, reporterName: name, reporterPhone: phone,
            reporterContact: "\(name.lowercased().replacingSpaces).\(random.int(10...99))@contoh.id",
            confidentiality: random.weighted([("biasa", 85), ("anonim", 12), ("rahasia", 3)]))
    }

    static func resolutionHours(_ category: String) -> ClosedRange<Double> {
        switch category {
        case "keamanan": 2...40
        case "kebersihan": 4...72
        case "parkir": 8...120
        case "fasilitas": 24...400
        case "retribusi": 24...300
        case "kenyamanan": 24...240
        default: 24...400
        }
    }

    /// Work is finished on weekdays: a time on a weekend moves to Monday morning.
    static func workingTime(_ time: Timestamp, random: inout SampleRandom) -> Timestamp {
        var day = time.wibDate
        guard day.isWeekend else { return time }
        while day.isWeekend { day = day.adding(days: 1) }
        return day.startInWIB.adding(seconds: Int64(random.int(8...11) * 3600 + random.int(0...59) * 60))
    }

    /// Where in the market each complaint is about, from its own random stream (so the other columns
    /// stay as they were): most at a few places per category that keep coming back (the parking
    /// entrance, the drain behind the fish stalls), the rest spread over the stalls; one in six not recorded.
    static func placeComplaints(_ rows: inout [SampleComplaintRow], seed: UInt64) {
        var random = SampleRandom(seed: seed)
        let hotSpots: [String: [String]] = [
            "parkir": ["Area parkir depan", "Area parkir belakang", "Pintu masuk utama"],
            "kebersihan": ["TPS belakang", "Saluran Blok B", "Los ikan Blok D"],
            "keamanan": ["Pintu masuk utama", "Blok A lantai 2"],
            "fasilitas": ["Toilet umum", "Atap Blok C", "Jalan antar-blok"],
            "retribusi": ["Kantor pengelola"],
            "kenyamanan": ["Blok C", "Jalan antar-blok"],
        ]
        for index in rows.indices {
            guard random.chance(0.84) else { continue }
            let spots = hotSpots[rows[index].categoryID] ?? []
            if !spots.isEmpty, random.chance(0.55) {
                rows[index].location = random.pick(spots)
            } else {
                rows[index].location = "Blok \(random.pick(["A", "B", "C", "D", "E"])) Los \(random.int(1...24))"
            }
        }
    }

    /// A few impossible records, so the data-quality report has something to show.
    static func breakSomeRecords(_ rows: inout [SampleComplaintRow]) {
        func edit(_ index: Int, _ change: (inout SampleComplaintRow) -> Void) {
            guard rows.indices.contains(index) else { return }
            change(&rows[index])
        }
        edit(811) { row in  // resolved before received
            row.status = "selesai"
            row.resolvedAt = Timestamp.parse(row.receivedAt ?? "").map { $0.adding(seconds: -3 * 86_400).description }.value
        }
        edit(2417) { row in
            row.status = "selesai"
            row.resolvedAt = Timestamp.parse(row.receivedAt ?? "").map { $0.adding(seconds: -3600).description }.value
        }
        edit(1290) { $0.marketID = "pasar-lama" }      // a market that was closed and removed from the markets table
        edit(3388) { $0.marketID = "pasar-lama" }
        edit(1703) { $0.receivedAt = nil }             // missing date
        edit(2950) { row in row.status = "selesai"; row.resolvedAt = nil }  // selesai without resolved_at
        edit(4102) { row in row.status = "selesai"; row.resolvedAt = nil }
        edit(3555) { $0.status = "beres" }             // not a status
        edit(4620) { row in row.receivedAt = row.receivedAt.map { String($0.dropLast(6)) } }  // no offset
        if rows.indices.contains(5302), rows.indices.contains(5303) {  // the same complaint entered twice
            let original = rows[5302]
            edit(5303) { row in
                row.marketID = original.marketID; row.categoryID = original.categoryID; row.receivedAt = original.receivedAt
                row.publicSummary = original.publicSummary
                if row.status == "ditolak" { row.status = "diproses"; row.resolvedAt = nil }
            }
        }
        edit(5001) { row in                             // answered before it arrived
            row.firstResponseAt = Timestamp.parse(row.receivedAt ?? "").map { $0.adding(seconds: -7200).description }.value
        }
    }
}

extension SampleRandom {
    mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }
}

extension Double {
    /// √x by Newton's method: plain arithmetic, so the sample does not depend on the C math library.
    var squareRootApproximation: Double {
        guard self > 0 else { return 0 }
        var x = self > 1 ? self : 1
        for _ in 0..<30 { x = 0.5 * (x + self / x) }
        return x
    }
}

extension String {
    var replacingSpaces: String { split(separator: " ").joined(separator: ".") }
}
