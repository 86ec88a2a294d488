/// Complaints with a time recorded after a moment (the as-of moment, or the start of a quiet
/// spell): counted as they stood then, never as mistakes, and named so an officer can look. Only
/// the first few by id are kept, so a build as of a past day costs no memory per later complaint.
public struct LaterRecords: Sendable, Hashable {
    /// One complaint, with the times it has after the moment.
    public struct Record: Sendable, Hashable {
        public let complaintID: String
        public let marketID: String
        /// False for rahasia complaints: counted, never listed by number on a page.
        public let mayBeListed: Bool
        public let times: [RecordedTime]
    }

    /// A time in one of a complaint's columns (`received_at`, `first_response_at`, `resolved_at`).
    public struct RecordedTime: Sendable, Hashable {
        public let column: String
        public let time: Timestamp
    }

    public let after: Timestamp
    /// Complaints received after the moment (not yet counted then).
    public private(set) var received = 0
    /// Complaints received by then whose first response or closure came after it (open then).
    public private(set) var progressedLater = 0
    /// The first `limit` of them by id.
    public private(set) var listed: [Record] = []
    public static let limit = 200

    public init(after: Timestamp) { self.after = after }

    public var count: Int { received + progressedLater }

    /// Notes the complaint when any of its times lies after the moment.
    public mutating func add(_ c: Complaint) {
        // Three comparisons for every complaint; anything more only for the few later ones.
        func isLater(_ recorded: Recorded<Timestamp>) -> Bool {
            if case let .value(time) = recorded { return time > after }
            return false
        }
        let receivedLater = isLater(c.receivedAt)
        guard receivedLater || isLater(c.firstResponseAt) || isLater(c.resolvedAt) else { return }
        if receivedLater { received += 1 } else { progressedLater += 1 }
        if listed.count == Self.limit, let last = listed.last, c.id >= last.complaintID { return }
        let columns = [("received_at", c.receivedAt), ("first_response_at", c.firstResponseAt), ("resolved_at", c.resolvedAt)]
        let record = Record(complaintID: c.id, marketID: c.marketID, mayBeListed: c.mayBeListed, times: columns.compactMap { column, recorded in
            recorded.value.flatMap { $0 > after ? RecordedTime(column: column, time: $0) : nil }
        })
        let position = listed.firstIndex { $0.complaintID > c.id } ?? listed.count
        listed.insert(record, at: position)
        if listed.count > Self.limit { listed.removeLast() }
    }
}
