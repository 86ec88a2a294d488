/// Every time recorded in the complaints, day by day, to find where the data end: the default as-of
/// moment. The latest time wins, except times that cannot be real recordings:
///
/// - after the day after the database says it was written (`meta.written_at`, which `pasar import`
///   keeps), where it says so: a year typed one ahead is caught here;
/// - far beyond every other time: a tail that begins more than a year after all earlier times and
///   holds fewer times than they do (2099, 2062, a batch typed with the wrong century), or after 2100.
///
/// A thinning export (a bulk that ends, then a few real closures and cases over months after a
/// quiet spell) is never cut: such a tail is named as a quiet spell, for an officer to look at.
public struct DataTimes: Sendable {
    /// Per plausible day (WIB), from the first: how many times fall on it and the latest of them.
    /// Indexed, not hashed: a province adds millions of times before its pages can be judged.
    private var counts: [Int32]
    private var latestSeconds: [Int64]
    private let firstDay = Timestamp.plausibleRange.lowerBound.wibDate.dayNumber
    /// Times after the plausible years: never a real recording.
    private var beyondRange = 0

    /// The longest quiet spell between two recorded times, in days, that a real tail may follow.
    public static let farGap: Int64 = 366
    /// A tail after a quiet spell of more than this many days, holding at most `quietShare` of all
    /// times, is named for an officer to check (nothing is left out for it).
    public static let quietGap: Int64 = 31
    public static let quietShare = 0.005

    public init() {
        let dayCount = Int(Timestamp.plausibleRange.upperBound.wibDate.dayNumber - firstDay + 1)
        counts = Array(repeating: 0, count: dayCount)
        latestSeconds = Array(repeating: .min, count: dayCount)
    }

    /// Adds one recorded time. Times before the plausible years are recording mistakes of another
    /// kind (an empty date stored as 1970), listed as such, and take no part here.
    public mutating func add(_ time: Timestamp) {
        guard time >= Timestamp.plausibleRange.lowerBound else { return }
        guard time <= Timestamp.plausibleRange.upperBound else { beyondRange += 1; return }
        let index = Int(time.wibDate.dayNumber - firstDay)
        counts[index] += 1
        latestSeconds[index] = max(latestSeconds[index], time.seconds)
    }

    /// Where the data end, given the moment the database says it was written (nil: it does not say).
    public func end(writtenAt: Timestamp? = nil) -> DataEnd? {
        var days = counts.indices.filter { counts[$0] > 0 }
            .map { Day(day: firstDay + Int64($0), count: Int(counts[$0]), latest: Timestamp(seconds: latestSeconds[$0])) }[...]
        guard !days.isEmpty else { return nil }
        var leftOut = LeftOutTimes(afterWritten: 0, farBeyond: beyondRange, writtenAt: nil, latest: nil)
        if let writtenAt {
            let lastDay = writtenAt.wibDate.dayNumber + 1
            let kept = days.prefix { $0.day <= lastDay }
            // A bound that leaves nothing is not the database's own: it is ignored.
            if !kept.isEmpty, kept.count < days.count {
                leftOut.afterWritten = days[kept.endIndex...].reduce(0) { $0 + $1.count }
                leftOut.writtenAt = writtenAt
                leftOut.latest = days.last?.latest
                days = kept
            }
        }
        if let cut = Self.farBeyondCut(days) {
            leftOut.farBeyond += days[cut...].reduce(0) { $0 + $1.count }
            leftOut.latest = leftOut.latest ?? days.last?.latest
            days = days[..<cut]
        }
        guard let last = days.last else { return nil }
        return DataEnd(latest: last.latest, leftOut: leftOut.count > 0 ? leftOut : nil, quietSpell: Self.quietSpell(days))
    }

    struct Day {
        let day: Int64
        let count: Int
        let latest: Timestamp
    }

    /// The first day of the earliest tail that begins more than `farGap` days after every earlier
    /// time and holds fewer times than they do; nil when there is none. Fewer: a mistyped year near
    /// the start (2001 for 2021) must not cut away the whole bulk after it.
    static func farBeyondCut(_ days: ArraySlice<Day>) -> Int? {
        let total = days.reduce(0) { $0 + $1.count }
        var before = days.first?.count ?? 0
        for index in days.indices.dropFirst() {
            if days[index].day - days[index - 1].day > farGap, total - before < before { return index }
            before += days[index].count
        }
        return nil
    }

    /// The newest days when they follow a quiet spell of more than `quietGap` days and hold at most
    /// `quietShare` of all times.
    static func quietSpell(_ days: ArraySlice<Day>) -> QuietSpell? {
        let total = days.reduce(0) { $0 + $1.count }
        var tail = 0
        var found: QuietSpell?
        for index in days.indices.reversed().dropLast() {
            tail += days[index].count
            guard Double(tail) <= Double(total) * quietShare else { break }
            let gap = days[index].day - days[index - 1].day
            if gap > quietGap { found = QuietSpell(after: days[index - 1].latest, days: Int(gap), times: tail) }
        }
        return found
    }
}

/// Where the data end: the latest time that can be a real recording, and what was left out.
public struct DataEnd: Sendable, Hashable {
    public let latest: Timestamp
    /// Times left out as impossible; nil when none was.
    public let leftOut: LeftOutTimes?
    /// A thin tail after a quiet spell, kept, for an officer to check.
    public let quietSpell: QuietSpell?
}

/// Times the default as-of moment leaves out because they cannot be real recordings.
public struct LeftOutTimes: Sendable, Hashable, Codable {
    /// Times after the day after `writtenAt`, when the database says when it was written.
    public var afterWritten: Int
    /// Times far beyond every other time, or after the plausible years.
    public var farBeyond: Int
    public var writtenAt: Timestamp?
    /// The latest time left out that an as-of moment can take (for `--as-of`, if they are real).
    public var latest: Timestamp?

    public init(afterWritten: Int, farBeyond: Int, writtenAt: Timestamp?, latest: Timestamp?) {
        self.afterWritten = afterWritten
        self.farBeyond = farBeyond
        self.writtenAt = writtenAt
        self.latest = latest
    }

    public var count: Int { afterWritten + farBeyond }
}

/// The newest few times, after a quiet spell: kept, but named, since a mistyped date looks the same.
public struct QuietSpell: Sendable, Hashable, Codable {
    /// The latest time before the spell.
    public let after: Timestamp
    public let days: Int
    /// Times after the spell.
    public let times: Int
}
