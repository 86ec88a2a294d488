import Foundation
import PasarCore

/// Where the as-of moment of a build comes from, in order of precedence.
public enum AsOfMoment: Sendable, Hashable, Codable {
    case option(Timestamp)
    case sourceDateEpoch(Timestamp)
    case latestInDatabase(Timestamp)

    public var timestamp: Timestamp {
        switch self {
        case let .option(t), let .sourceDateEpoch(t), let .latestInDatabase(t): t
        }
    }

    /// `--as-of`, else SOURCE_DATE_EPOCH, else the latest timestamp in the database (asked for only
    /// when needed, since it means reading every complaint's times). Never the clock.
    public static func resolve(option: String?, sourceDateEpoch: String?,
                               latest: () throws(PasarError) -> Timestamp?) throws(PasarError) -> AsOfMoment {
        if let option { return .option(try parseOption(option)) }
        if let epoch = sourceDateEpoch?.trimmingCharacters(in: .whitespaces), !epoch.isEmpty {
            guard let seconds = Int64(epoch) else {
                throw PasarError("SOURCE_DATE_EPOCH must be whole seconds since 1970, found \"\(epoch)\"")
            }
            return .sourceDateEpoch(Timestamp(seconds: seconds))
        }
        guard let latest = try latest() else {
            throw PasarError("the database has no complaint timestamps, so there is no as-of moment",
                             hint: "pass --as-of 2026-06-30 (end of that day, WIB) or a full time such as 2026-06-30T12:00:00+07:00")
        }
        return .latestInDatabase(latest)
    }

    /// A full ISO 8601 time with offset, or a date meaning the end of that day in WIB.
    static func parseOption(_ text: String) throws(PasarError) -> Timestamp {
        if let date = CivilDate(iso: text.trimmingCharacters(in: .whitespaces)) { return date.endInWIB }
        switch Timestamp.parse(text) {
        case let .success(t): return t
        case let .failure(problem):
            throw PasarError("--as-of \"\(text)\" \(problem)", hint: "e.g. --as-of 2026-06-30 or --as-of 2026-06-30T12:00:00+07:00")
        }
    }

    public var explanation: String {
        switch self {
        case .option: "from --as-of"
        case .sourceDateEpoch: "from SOURCE_DATE_EPOCH"
        case .latestInDatabase: "the latest timestamp in the database"
        }
    }
}
