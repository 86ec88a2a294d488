/// When a market × category counts as a recurring problem (masalah berulang): the rule is defined
/// here once, shown on the methodology page and set in site.yml (`recurring_problems`).
///
/// Over the last `windowMonths` complete months, a market × category recurs when
/// - complaints were received in at least `minimumMonths` of those months, or
/// - at least one complaint there was a repeat: received after, and at most `repeatDays` days after,
///   another complaint at the same market and category — and the same place (blok, los, kios) when
///   the database records places; a complaint without a place is then never a repeat — was resolved.
public struct RecurrenceRule: Sendable, Hashable {
    public var windowMonths: Int
    public var minimumMonths: Int
    public var repeatDays: Int

    public init(windowMonths: Int = 6, minimumMonths: Int = 4, repeatDays: Int = 30) {
        self.windowMonths = windowMonths
        self.minimumMonths = minimumMonths
        self.repeatDays = repeatDays
    }

    /// The window: the last `windowMonths` months that have ended at `asOf`, oldest first.
    public func months(asOf: Timestamp) -> [YearMonth] { asOf.lastCompleteMonth.lastMonths(windowMonths) }
}

/// One market × category with complaints in the window, and whether and why it recurs.
public struct RecurringProblem: Sendable, Hashable {
    /// Whether complaints rose or fell from the first half of the window to the second.
    public enum Trend: String, Sendable, Hashable {
        case rising = "naik", falling = "turun", steady = "tetap"
    }

    public let market: Int
    public let category: Int
    /// Complaints received in each month of the window, oldest first.
    public let monthly: [Int]
    /// Complaints received within `repeatDays` after another's resolution at the same market, category and place.
    public let repeats: Int
    public let rule: RecurrenceRule

    public var complaints: Int { monthly.reduce(0, +) }
    public var monthsWithComplaints: Int { monthly.count { $0 > 0 } }
    /// The first and the second half of the window (the middle month of an odd window is in neither).
    public var earlierHalf: Int { monthly.prefix(monthly.count / 2).reduce(0, +) }
    public var laterHalf: Int { monthly.suffix(monthly.count / 2).reduce(0, +) }
    public var byMonths: Bool { monthsWithComplaints >= rule.minimumMonths }
    public var byRepeats: Bool { repeats > 0 }
    public var isRecurring: Bool { byMonths || byRepeats }
    public var trend: Trend { laterHalf > earlierHalf ? .rising : laterHalf < earlierHalf ? .falling : .steady }
}

/// Every market × category with complaints in the window, recurring ones first.
public struct RecurrenceReport: Sendable {
    public let rule: RecurrenceRule
    public let months: [YearMonth]
    /// True when places were compared (the database has the location column).
    public let comparesPlaces: Bool
    /// Sorted: recurring first, then by months with complaints, complaints and repeats (most first), then market and category.
    public let combinations: [RecurringProblem]
    /// The recurring ones, in the same order.
    public let recurring: [RecurringProblem]
    /// The recurring ones per market position.
    public let recurringByMarket: [[RecurringProblem]]

    init(rule: RecurrenceRule, months: [YearMonth], comparesPlaces: Bool, combinations: [RecurringProblem], markets: Int) {
        self.rule = rule
        self.months = months
        self.comparesPlaces = comparesPlaces
        self.combinations = combinations
        recurring = combinations.filter(\.isRecurring)
        var byMarket = [[RecurringProblem]](repeating: [], count: markets)
        for problem in recurring where byMarket.indices.contains(problem.market) { byMarket[problem.market].append(problem) }
        recurringByMarket = byMarket
    }
}

extension ComplaintLedger {
    /// Recurring problems as of `asOf`: one pass over the ledger for the monthly counts and the
    /// number of events that can make a repeat per market × category, a second that places each
    /// event in its pair's slice as eight bytes (place, time, kind), then a sort of each slice.
    /// At a province's size the events of a few months are millions: packed and counted first, they
    /// take a third of what a list of tuples grown as needed took.
    public func recurrence(at asOf: Timestamp, layout: GroupLayout, rule: RecurrenceRule, comparesPlaces: Bool) -> RecurrenceReport {
        let months = rule.months(asOf: asOf)
        guard let first = months.first, let last = months.last, layout.markets > 0, layout.categories > 0 else {
            return RecurrenceReport(rule: rule, months: months, comparesPlaces: comparesPlaces, combinations: [], markets: layout.markets)
        }
        let windowStart = first.firstDay.startInWIB, windowEnd = last.lastDay.endInWIB
        let repeatSeconds = Int64(rule.repeatDays) * 86_400
        // Event times are kept as seconds since the earliest resolution that can count, with the kind in the lowest bit.
        let base = windowStart.seconds - repeatSeconds
        let pairs = layout.markets * layout.categories
        var monthly = [Int32](repeating: 0, count: pairs * months.count)
        var repeats = [Int32](repeating: 0, count: pairs)

        /// The events of the `index`-th complaint (`facts`): a complaint received in the window (kind 1)
        /// and a resolution that can make a repeat of one received up to repeatDays later (kind 0).
        func events(_ index: Int, _ facts: ComplaintFacts, _ body: (_ pair: Int, _ event: UInt64) -> Void) {
            guard let m = facts.market, let c = facts.category, let received = facts.received, received <= asOf else { return }
            // Where places are recorded, a complaint without one cannot be matched to a place.
            guard let spot = comparesPlaces ? place(index) : 0 else { return }
            let pair = m * layout.categories + c
            if received >= windowStart && received <= windowEnd {
                body(pair, UInt64(spot) << 32 | UInt64(received.seconds - base) << 1 | 1)
            }
            if facts.isInTimeStatistics, facts.state(at: asOf) == .resolved, let resolved = facts.resolved,
               resolved.seconds + repeatSeconds >= windowStart.seconds, resolved <= windowEnd {
                body(pair, UInt64(spot) << 32 | UInt64(resolved.seconds - base) << 1)
            }
        }
        var offsets = [Int](repeating: 0, count: pairs + 1)
        for index in 0..<count {
            let facts = self[index]
            if let m = facts.market, let c = facts.category, let received = facts.received, received >= windowStart, received <= windowEnd, received <= asOf {
                monthly[(m * layout.categories + c) * months.count + received.wibDate.yearMonth.index - first.index] += 1
            }
            events(index, facts) { pair, _ in offsets[pair + 1] += 1 }
        }
        for pair in 0..<pairs { offsets[pair + 1] += offsets[pair] }
        var packed = [UInt64](repeating: 0, count: offsets[pairs])
        var next = offsets
        for index in 0..<count {
            events(index, self[index]) { pair, event in
                packed[next[pair]] = event
                next[pair] += 1
            }
        }
        // By place, then time; a resolution sorts before a complaint at the same second, but "after" is strict below.
        packed.withUnsafeMutableBufferPointer { buffer in
            for pair in 0..<pairs where offsets[pair + 1] - offsets[pair] > 1 {
                buffer[offsets[pair]..<offsets[pair + 1]].sort()
            }
            for pair in 0..<pairs {
                var lastPlace = UInt64.max
                var lastResolved: UInt64?
                for event in buffer[offsets[pair]..<offsets[pair + 1]] {
                    let place = event >> 32, time = (event & 0xFFFF_FFFF) >> 1
                    if place != lastPlace { lastPlace = place; lastResolved = nil }
                    if event & 1 == 0 {
                        lastResolved = time
                    } else if let resolved = lastResolved, resolved < time, time - resolved <= UInt64(repeatSeconds) {
                        repeats[pair] += 1
                    }
                }
            }
        }

        var combinations: [RecurringProblem] = []
        for pair in 0..<pairs {
            let counts = (0..<months.count).map { Int(monthly[pair * months.count + $0]) }
            guard counts.contains(where: { $0 > 0 }) else { continue }
            combinations.append(RecurringProblem(market: pair / layout.categories, category: pair % layout.categories,
                                                 monthly: counts, repeats: Int(repeats[pair]), rule: rule))
        }
        combinations.sort {
            ($0.isRecurring ? 0 : 1, -$0.monthsWithComplaints, -$0.complaints, -$0.repeats, $0.market, $0.category)
                < ($1.isRecurring ? 0 : 1, -$1.monthsWithComplaints, -$1.complaints, -$1.repeats, $1.market, $1.category)
        }
        return RecurrenceReport(rule: rule, months: months, comparesPlaces: comparesPlaces, combinations: combinations, markets: layout.markets)
    }
}

extension Timestamp {
    /// The newest month that has ended at this moment (WIB): this month itself at its last second.
    public var lastCompleteMonth: YearMonth {
        let month = wibDate.yearMonth
        return self >= month.lastDay.endInWIB ? month : month.adding(months: -1)
    }
}
