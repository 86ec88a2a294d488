/// One answer sheet of the community satisfaction survey (SKM, PermenPANRB 14/2017): nine element
/// scores from 1 to 4, with no personal data.
public struct SatisfactionResponse: Sendable, Hashable {
    public var id: String
    public var marketID: String
    public var period: String
    /// Scores for elements U1–U9 as recorded; nil for an empty cell.
    public var scores: [Int?]

    public init(id: String, marketID: String, period: String, scores: [Int?]) {
        self.id = id
        self.marketID = marketID
        self.period = period
        self.scores = scores
    }

    /// The nine survey elements, in the regulation's order.
    public static let elements = [
        "Persyaratan", "Sistem, mekanisme dan prosedur", "Waktu penyelesaian", "Biaya/tarif", "Produk spesifikasi jenis pelayanan",
        "Kompetensi pelaksana", "Perilaku pelaksana", "Penanganan pengaduan, saran dan masukan", "Sarana dan prasarana",
    ]
}

/// The service quality grade (mutu pelayanan) for an index.
public enum SatisfactionGrade: String, Sendable, Hashable, CaseIterable {
    /// Sangat Baik, 88.31–100.
    case a = "A"
    /// Baik, 76.61–88.30.
    case b = "B"
    /// Kurang Baik, 65.00–76.60.
    case c = "C"
    /// Tidak Baik, 25.00–64.99.
    case d = "D"

    /// The grade of an index, judged on the index as published: rounded to two decimals.
    public init(index: Fraction) {
        let hundredths = index.scaledRounded(places: 2)
        self = hundredths >= 8831 ? .a : hundredths >= 7661 ? .b : hundredths >= 6500 ? .c : .d
    }
}

/// The community satisfaction index (IKM) of a group of complete answer sheets.
public struct SatisfactionIndex: Sendable, Hashable {
    public let respondents: Int
    /// Mean score of each element U1–U9 (1–4).
    public let elementMeans: [Fraction]
    /// The index: the mean of the element means × 25, from 25 to 100.
    public let index: Fraction
    public let grade: SatisfactionGrade

    /// Nil for no sheets. Every sheet must hold nine scores from 1 to 4.
    public init?(_ sheets: [[Int]]) {
        guard !sheets.isEmpty else { return nil }
        let n = Int64(sheets.count)
        let totals = (0..<9).map { element in sheets.reduce(Int64(0)) { $0 + Int64($1[element]) } }
        respondents = sheets.count
        elementMeans = totals.map { Fraction($0, n) }
        index = Fraction(25 * totals.reduce(0, +), 9 * n)
        grade = SatisfactionGrade(index: index)
    }
}

/// Why an answer sheet was left out of the index.
public enum SatisfactionProblem: Sendable, Hashable {
    case scoreOutOfRange(element: Int, value: Int)
    case missingScore(element: Int)
    case unknownMarket(String)
    case missingPeriod

    /// A stable code, as for complaint record problems.
    public var code: String {
        switch self {
        case .scoreOutOfRange: "score_out_of_range"
        case .missingScore: "missing_score"
        case .unknownMarket: "unknown_market"
        case .missingPeriod: "missing_period"
        }
    }

    public var detail: String? {
        switch self {
        case let .scoreOutOfRange(element, value): "u\(element)=\(value)"
        case let .missingScore(element): "u\(element)"
        case let .unknownMarket(id): id
        case .missingPeriod: nil
        }
    }

    public var explanation: LocalizedText {
        switch self {
        case let .scoreOutOfRange(element, value): "u\(element) is \(value), outside 1–4"
        case let .missingScore(element): "u\(element) is empty or not a whole number"
        case let .unknownMarket(id): "market_id \"\(id)\" is not in the markets table"
        case .missingPeriod: "period is empty"
        }
    }
}

/// Satisfaction per market and period, and for the regency per period, from usable answer sheets.
public struct SatisfactionReport: Sendable {
    public struct Entry: Sendable, Hashable {
        /// Nil for the whole regency.
        public let marketID: String?
        public let period: String
        public let index: SatisfactionIndex
    }

    /// One entry per market and period with sheets, sorted by market id, then period.
    public let markets: [Entry]
    /// One entry per period for the whole regency, sorted by period.
    public let regency: [Entry]
    /// Sheets left out, with why, sorted by id.
    public let excluded: [(id: String, marketID: String, problems: [SatisfactionProblem])]
    /// Rows in the survey table.
    public let sheets: Int

    public init(_ responses: [SatisfactionResponse], marketIDs: Set<String>) {
        var usable: [(SatisfactionResponse, [Int])] = []
        var excluded: [(String, String, [SatisfactionProblem])] = []
        for response in responses {
            var problems: [SatisfactionProblem] = []
            if !marketIDs.contains(response.marketID) { problems.append(.unknownMarket(response.marketID)) }
            if response.period.trimming(" \t").isEmpty { problems.append(.missingPeriod) }
            for element in 1...9 {
                let score = response.scores.indices.contains(element - 1) ? response.scores[element - 1] : nil
                guard let score else { problems.append(.missingScore(element: element)); continue }
                if !(1...4).contains(score) { problems.append(.scoreOutOfRange(element: element, value: score)) }
            }
            if problems.isEmpty {
                usable.append((response, response.scores.map { $0 ?? 0 }))
            } else {
                excluded.append((response.id, response.marketID, problems))
            }
        }
        let byMarket = Dictionary(grouping: usable) { MarketPeriod(market: $0.0.marketID, period: $0.0.period) }
        markets = byMarket.compactMap { key, sheets in
            SatisfactionIndex(sheets.map(\.1)).map { Entry(marketID: key.market, period: key.period, index: $0) }
        }.sorted { ($0.marketID ?? "", $0.period) < ($1.marketID ?? "", $1.period) }
        regency = Dictionary(grouping: usable, by: \.0.period).compactMap { period, sheets in
            SatisfactionIndex(sheets.map(\.1)).map { Entry(marketID: nil, period: period, index: $0) }
        }.sorted { $0.period < $1.period }
        self.excluded = excluded.sorted { $0.0 < $1.0 }
        sheets = responses.count
    }

    /// The entries for one market, oldest period first.
    public func entries(market id: String) -> [Entry] { markets.filter { $0.marketID == id } }

    private struct MarketPeriod: Hashable {
        let market: String
        let period: String
    }
}
