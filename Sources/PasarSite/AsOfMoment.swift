import Foundation
import PasarCore
import PasarSources

/// Where the as-of moment of a build comes from, in order of precedence.
public enum AsOfMoment: Sendable, Hashable, Codable {
    case option(Timestamp)
    case sourceDateEpoch(Timestamp)
    /// The data's latest time that can be a real recording (see `DataTimes`), with what was left out or noticed.
    case latestInDatabase(Timestamp, DataEndNotes = DataEndNotes())
    /// A database without complaints yet: the moment it was made (`meta.created_at`, written by `pasar init`).
    case databaseCreated(Timestamp)

    public var timestamp: Timestamp {
        switch self {
        case let .option(t), let .sourceDateEpoch(t), let .latestInDatabase(t, _), let .databaseCreated(t): t
        }
    }

    /// What the data's own end left out or noticed; empty when the moment was given.
    public var notes: DataEndNotes {
        if case let .latestInDatabase(_, notes) = self { return notes }
        return DataEndNotes()
    }

    /// `--as-of`, else SOURCE_DATE_EPOCH, else the latest time in the database that can be real
    /// (asked for only when needed, since it means reading every complaint's times). Never the clock.
    /// `written` is when the database says it was written; `fingerprint` gives its complaint times'
    /// fingerprint now, asked for only when that moment would leave a time out.
    public static func resolve(option: String?, sourceDateEpoch: String?, databaseCreated: Timestamp? = nil, written: DatabaseWritten? = nil,
                               fingerprint: () throws(PasarError) -> String = { "" },
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
        var end = times.end()
        var notes = DataEndNotes()
        if let written, let bounded = times.end(writtenAt: written.at), (bounded.leftOut?.afterWritten ?? 0) > 0 {
            // Trusted only while the complaint times are those pasar import wrote (or another program set the moment alone).
            if let recorded = written.fingerprint, try fingerprint() != recorded {
                notes.staleWrittenAt = written.at
            } else {
                end = bounded
            }
        }
        guard let end else {
            if let databaseCreated { return .databaseCreated(databaseCreated) }
            throw PasarError("the database has no complaint timestamps, so there is no as-of moment",
                             hint: "pass --as-of 2026-06-30 (end of that day, WIB) or a full time such as 2026-06-30T12:00:00+07:00")
        }
        notes.leftOut = end.leftOut
        notes.quietSpell = end.quietSpell
        return .latestInDatabase(end.latest, notes)
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
        case .databaseCreated: "when the database was made (it holds no complaint yet)"
        case let .latestInDatabase(_, notes):
            if let leftOut = notes.leftOut {
                "the latest timestamp in the database that can be real, leaving out \(leftOut.count) that cannot (pasar check names them)"
            } else {
                "the latest timestamp in the database"
            }
        }
    }
}

/// What working out the data's end found, beyond the moment itself.
public struct DataEndNotes: Sendable, Hashable, Codable {
    /// Times left out because they cannot be real recordings.
    public var leftOut: LeftOutTimes?
    /// The newest few times after a quiet spell: kept, named for an officer to check.
    public var quietSpell: QuietSpell?
    /// `meta.written_at`, when complaint times changed after it was recorded: it bounds nothing then.
    public var staleWrittenAt: Timestamp?

    public init(leftOut: LeftOutTimes? = nil, quietSpell: QuietSpell? = nil, staleWrittenAt: Timestamp? = nil) {
        self.leftOut = leftOut
        self.quietSpell = quietSpell
        self.staleWrittenAt = staleWrittenAt
    }
}
