import Foundation
import PasarCore

/// Where the as-of moment of a build comes from, in order of precedence.
public enum AsOfMoment: Sendable, Hashable, Codable {
    case option(Timestamp)
    case sourceDateEpoch(Timestamp)
    /// The data's latest time; `leftOut` timestamps far beyond the rest were not taken (see `DataTimes`).
    case latestInDatabase(Timestamp, leftOut: Int = 0)
    /// A database without complaints yet: the moment it was made (`meta.created_at`, written by `pasar init`).
    case databaseCreated(Timestamp)

    public var timestamp: Timestamp {
        switch self {
        case let .option(t), let .sourceDateEpoch(t), let .latestInDatabase(t, _), let .databaseCreated(t): t
        }
    }

    /// The end of the data when the moment is the data's own latest time: anything later is a recording mistake.
    public var dataEnd: Timestamp? {
        if case let .latestInDatabase(t, _) = self { return t }
        return nil
    }

    /// `--as-of`, else SOURCE_DATE_EPOCH, else the latest time in the database (asked for only when
    /// needed, since it means reading every complaint's times). Never the clock.
    public static func resolve(option: String?, sourceDateEpoch: String?, databaseCreated: Timestamp? = nil,
                               dataTimes: () throws(PasarError) -> DataTimes) throws(PasarError) -> AsOfMoment {
        if let option { return .option(try parseOption(option)) }
        if let epoch = sourceDateEpoch?.trimmingCharacters(in: .whitespaces), !epoch.isEmpty {
            guard let seconds = Int64(epoch) else {
                throw PasarError("SOURCE_DATE_EPOCH must be whole seconds since 1970, found \"\(SafeText.terminal(epoch))\"")
            }
            guard let time = Timestamp.plausible(Timestamp(seconds: seconds)) else {
                throw PasarError("SOURCE_DATE_EPOCH \(epoch) is not between \(Timestamp.plausibleYears.lowerBound) and \(Timestamp.plausibleYears.upperBound)",
                                 hint: "it counts seconds since 1970-01-01 UTC, e.g. 1767157200 for 2025-12-31 12:00 WIB")
            }
            return .sourceDateEpoch(time)
        }
        let times = try dataTimes()
        guard let latest = times.latest else {
            if let databaseCreated { return .databaseCreated(databaseCreated) }
            throw PasarError("the database has no complaint timestamps, so there is no as-of moment",
                             hint: "pass --as-of 2026-06-30 (end of that day, WIB) or a full time such as 2026-06-30T12:00:00+07:00")
        }
        return .latestInDatabase(latest, leftOut: times.leftOut)
    }

    /// A full ISO 8601 time with offset, or a date meaning the end of that day in WIB.
    static func parseOption(_ text: String) throws(PasarError) -> Timestamp {
        let shown = SafeText.terminal(text)
        let hint: LocalizedText = "e.g. --as-of 2026-06-30 or --as-of 2026-06-30T12:00:00+07:00"
        let time: Timestamp
        if let date = CivilDate(iso: text.trimmingCharacters(in: .whitespaces)) {
            time = date.endInWIB
        } else {
            switch Timestamp.parse(text) {
            case let .success(t): time = t
            case let .failure(problem): throw PasarError("--as-of \"\(shown)\" \(problem.message)", hint: hint)
            }
        }
        guard let plausible = Timestamp.plausible(time) else {
            throw PasarError("--as-of \"\(shown)\" is not between \(Timestamp.plausibleYears.lowerBound) and \(Timestamp.plausibleYears.upperBound)", hint: hint)
        }
        return plausible
    }

    public var explanation: LocalizedText {
        switch self {
        case .option: "from --as-of"
        case .sourceDateEpoch: "from SOURCE_DATE_EPOCH"
        case .latestInDatabase(_, 0): "the latest timestamp in the database"
        case .databaseCreated: "when the database was made (it holds no complaint yet)"
        case let .latestInDatabase(_, leftOut):
            "the latest timestamp in the database, leaving out \(leftOut) far beyond the rest (listed as impossible records)"
        }
    }
}

/// Every time recorded in the complaints, day by day, to find the data's latest time without letting
/// a few mistyped dates (2099, a year typed for a month) move every page's as-of moment.
public struct DataTimes: Sendable {
    /// Per plausible day (WIB), from the first: how many times fall on it and the latest of them.
    /// Indexed, not hashed: a province adds millions of times before its pages can be judged.
    private var counts: [Int32]
    private var latestSeconds: [Int64]
    private let firstDay = Timestamp.plausibleRange.lowerBound.wibDate.dayNumber

    public init() {
        let dayCount = Int(Timestamp.plausibleRange.upperBound.wibDate.dayNumber - firstDay + 1)
        counts = Array(repeating: 0, count: dayCount)
        latestSeconds = Array(repeating: .min, count: dayCount)
    }

    mutating func add(_ time: Timestamp) {
        guard let time = Timestamp.plausible(time) else { return }
        let index = Int(time.wibDate.dayNumber - firstDay)
        counts[index] += 1
        latestSeconds[index] = max(latestSeconds[index], time.seconds)
    }

    /// The days that have times, in order.
    private var daysWithTimes: [(day: Int64, count: Int, latest: Timestamp)] {
        counts.indices.filter { counts[$0] > 0 }.map { (firstDay + Int64($0), Int(counts[$0]), Timestamp(seconds: latestSeconds[$0])) }
    }

    /// The data's latest time. The newest days are left out when they lie more than `gap` days after
    /// all the others and hold at most `share` of all times: a handful of mistyped dates, not a month of
    /// real complaints after a quiet spell.
    public var latest: Timestamp? { cut.map { $0.latest } ?? nil }

    /// Times left out as far beyond the rest.
    public var leftOut: Int { cut?.leftOut ?? 0 }

    static let gap: Int64 = 31
    static let share = 0.005

    private var cut: (latest: Timestamp?, leftOut: Int)? {
        let days = daysWithTimes
        guard let last = days.last else { return nil }
        let total = days.reduce(0) { $0 + $1.count }
        var tail = 0, keep = days.count
        for index in stride(from: days.count - 1, to: 0, by: -1) {
            tail += days[index].count
            guard Double(tail) <= Double(total) * DataTimes.share else { break }
            if days[index].day - days[index - 1].day > DataTimes.gap { keep = index }
        }
        let leftOut = days[keep...].reduce(0) { $0 + $1.count }
        return ((keep > 0 ? days[keep - 1] : last).latest, leftOut)
    }
}
