import PasarCore

/// The small tables every build reads whole: markets, categories, the survey, and what the data say
/// about themselves.
public struct ReferenceData: Sendable {
    public let markets: [Market]
    public let categories: [ComplaintCategory]
    /// True when the data say they are made-up sample data (`meta.dataset = contoh`).
    public let isSample: Bool
    /// The satisfaction survey's answer sheets; nil when there is no survey.
    public let satisfaction: [SatisfactionResponse]?
    /// True when the complaints table has the optional `location` column (blok, los, kios).
    public let hasLocation: Bool
    /// When the database was made (`meta.created_at`): the as-of moment while it holds no complaint.
    public let createdAt: Timestamp?
    /// When the database says it was last written (`meta.written_at`).
    public let written: DatabaseWritten?

    public init(markets: [Market], categories: [ComplaintCategory], isSample: Bool, satisfaction: [SatisfactionResponse]?, hasLocation: Bool = false,
                createdAt: Timestamp? = nil, written: DatabaseWritten? = nil) {
        self.createdAt = createdAt
        self.written = written
        self.markets = markets
        self.categories = categories
        self.isSample = isSample
        self.satisfaction = satisfaction
        self.hasLocation = hasLocation
    }
}

/// Where complaints come from. The pipeline reads through this seam only, so another engine or an
/// import can be added without touching statistics or rendering.
public protocol ComplaintSource: Sendable {
    /// How the source is named in messages, e.g. `database/pengaduan.sqlite`.
    var name: String { get }
    /// A checksum of the source's data: the same bytes give the same text (for the methodology
    /// page and to tell whether anything changed since the last build).
    func fingerprint() throws(PasarError) -> String
    /// Opens one consistent snapshot, hands it to `body`, and closes it when `body` returns.
    func withSnapshot<T>(_ body: (any ComplaintSnapshot) throws(PasarError) -> T) throws(PasarError) -> T
}

/// One consistent view of the data: every call sees the same rows.
public protocol ComplaintSnapshot {
    var reference: ReferenceData { get }
    /// How many complaints `forEachComplaint` will hand over (so memory can be reserved once).
    func complaintCount() throws(PasarError) -> Int
    /// The fingerprint of the complaints' times now, to compare with `reference.written` (see `DatabaseWritten`).
    func complaintTimesFingerprint() throws(PasarError) -> String
    /// Calls `body` with every valid timestamp of every complaint (for the default as-of moment).
    func forEachTimestamp(_ body: (Timestamp) -> Void) throws(PasarError)
    /// Calls `body` with every complaint, in id order, a batch at a time; only public columns are read.
    func forEachComplaint(batchSize: Int, _ body: ([Complaint]) throws(PasarError) -> Void) throws(PasarError)
}
