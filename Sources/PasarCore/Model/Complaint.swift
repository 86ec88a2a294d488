/// A complaint's place in the handling process (Perpres 76/2013 stages, as the office records them).
public enum ComplaintStatus: String, Sendable, Hashable, CaseIterable {
    case diterima, diverifikasi, diproses, selesai, ditolak

    /// Received but not finished.
    public var isOpen: Bool { self == .diterima || self == .diverifikasi || self == .diproses }

    /// The open statuses, in process order.
    public static let openStatuses: [ComplaintStatus] = [.diterima, .diverifikasi, .diproses]
}

/// How much of a complaint may be published: all of it, without the reporter, or nothing.
public enum Confidentiality: String, Sendable, Hashable, CaseIterable {
    case biasa, anonim, rahasia
}

/// A value read from a database column: present and valid, empty, or present but unusable.
public enum Recorded<Value: Sendable & Hashable>: Sendable, Hashable {
    case value(Value)
    case missing
    case invalid(String)

    public var value: Value? {
        if case let .value(v) = self { return v }
        return nil
    }
}

/// One complaint as the office recorded it. Holds public columns only: the reporter's name, phone
/// and contact are never read from the database.
public struct Complaint: Sendable, Hashable, Identifiable {
    public var id: String
    public var marketID: String
    public var categoryID: String
    public var channel: String
    public var receivedAt: Recorded<Timestamp>
    public var firstResponseAt: Recorded<Timestamp>
    public var resolvedAt: Recorded<Timestamp>
    public var status: Recorded<ComplaintStatus>
    public var confidentiality: Recorded<Confidentiality>
    public var publicSummary: String
    /// Where in the market (blok, los or kios), from the optional `location` column; empty when not recorded.
    public var location: String

    public init(
        id: String, marketID: String, categoryID: String, channel: String = "",
        receivedAt: Recorded<Timestamp>, firstResponseAt: Recorded<Timestamp> = .missing,
        resolvedAt: Recorded<Timestamp> = .missing, status: Recorded<ComplaintStatus>,
        confidentiality: Recorded<Confidentiality> = .value(.biasa), publicSummary: String = "", location: String = ""
    ) {
        self.id = id
        self.marketID = marketID
        self.categoryID = categoryID
        self.channel = channel
        self.receivedAt = receivedAt
        self.firstResponseAt = firstResponseAt
        self.resolvedAt = resolvedAt
        self.status = status
        self.confidentiality = confidentiality
        self.publicSummary = publicSummary
        self.location = location
    }

    /// The place as compared for recurring problems: case, spacing and punctuation around words aside
    /// ("Blok A  Los 12" and "blok a los 12" are one place); empty when not recorded.
    public var placeKey: String {
        location.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    /// Rahasia complaints, and those whose confidentiality is unreadable, are never listed one by one.
    public var mayBeListed: Bool {
        switch confidentiality {
        case .value(.biasa), .value(.anonim): true
        default: false
        }
    }
}
