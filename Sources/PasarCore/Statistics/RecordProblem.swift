/// Something impossible or unusable in a complaint record. Such a complaint is still counted where
/// possible and listed in the data-quality report, never dropped silently.
public enum RecordProblem: Sendable, Hashable, Comparable {
    case unknownMarket(String)
    case unknownCategory(String)
    case missingReceivedAt
    case invalidTimestamp(column: String, value: String)
    /// A valid time before the years the figures can hold (an empty date stored as 1970).
    case implausibleTimestamp(column: String, value: String)
    case invalidStatus(String)
    case resolvedWithoutResolvedAt
    case resolvedBeforeReceived
    case firstResponseBeforeReceived
    case closingTimeOnOpenComplaint
    case invalidConfidentiality(String)

    /// A stable code, used in data files and as the key of the explanation in the theme's strings.
    public var code: String {
        switch self {
        case .unknownMarket: "unknown_market"
        case .unknownCategory: "unknown_category"
        case .missingReceivedAt: "missing_received_at"
        case .invalidTimestamp: "invalid_timestamp"
        case .implausibleTimestamp: "implausible_timestamp"
        case .invalidStatus: "invalid_status"
        case .resolvedWithoutResolvedAt: "resolved_without_resolved_at"
        case .resolvedBeforeReceived: "resolved_before_received"
        case .firstResponseBeforeReceived: "first_response_before_received"
        case .closingTimeOnOpenComplaint: "resolved_at_on_open_complaint"
        case .invalidConfidentiality: "invalid_confidentiality"
        }
    }

    /// The offending value, where one helps the reader find the record.
    public var detail: String? {
        switch self {
        case let .unknownMarket(v), let .unknownCategory(v), let .invalidStatus(v), let .invalidConfidentiality(v): v
        case let .invalidTimestamp(column, value), let .implausibleTimestamp(column, value):
            "\(column)=\(value)"
        default: nil
        }
    }

    /// A sentence for the command line, in both languages.
    public var explanation: LocalizedText {
        switch self {
        case let .unknownMarket(id): "market_id \"\(id)\" is not in the markets table"
        case let .unknownCategory(id): "category_id \"\(id)\" is not in the categories table"
        case .missingReceivedAt: "received_at is empty"
        case let .invalidTimestamp(column, value): "\(column) \"\(value)\" is not a valid ISO 8601 time with offset"
        case let .implausibleTimestamp(column, value):
            "\(column) \"\(value)\" is before \(Timestamp.plausibleYears.lowerBound) (an empty date stored as 1970?)"
        case let .invalidStatus(value): "status \"\(value)\" is not one of diterima, diverifikasi, diproses, selesai, ditolak"
        case .resolvedWithoutResolvedAt: "status is selesai but resolved_at is empty"
        case .resolvedBeforeReceived: "resolved_at is earlier than received_at"
        case .firstResponseBeforeReceived: "first_response_at is earlier than received_at"
        case .closingTimeOnOpenComplaint: "resolved_at is set but the status is still open"
        case let .invalidConfidentiality(value): "confidentiality \"\(value)\" is not biasa, anonim or rahasia (treated as rahasia)"
        }
    }

    /// True when the record cannot take part in any time statistic (resolution, deadlines, on-time share).
    public var excludesFromTimeStatistics: Bool {
        switch self {
        case .firstResponseBeforeReceived, .invalidConfidentiality: false
        case let .invalidTimestamp(column, _), let .implausibleTimestamp(column, _): column != "first_response_at"
        default: true
        }
    }

    /// True when the record cannot take part in the time-to-first-response statistic.
    public var excludesFromFirstResponse: Bool {
        switch self {
        case .firstResponseBeforeReceived, .invalidTimestamp, .implausibleTimestamp: true
        default: excludesFromTimeStatistics
        }
    }

    /// Every code, for themes (each needs an explanation in every language).
    public static let codes = [
        "unknown_market", "unknown_category", "missing_received_at", "invalid_timestamp", "implausible_timestamp",
        "invalid_status", "resolved_without_resolved_at", "resolved_before_received",
        "first_response_before_received", "resolved_at_on_open_complaint", "invalid_confidentiality",
    ]

    public static func < (lhs: RecordProblem, rhs: RecordProblem) -> Bool {
        (lhs.code, lhs.detail ?? "") < (rhs.code, rhs.detail ?? "")
    }
}
