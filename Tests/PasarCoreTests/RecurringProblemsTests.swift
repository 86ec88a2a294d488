import Testing
@testable import PasarCore

/// Recurring problems worked out by hand. As of Wed 15 Jul 2026 12:00 WIB the window is the six
/// complete months January–June 2026. Market a, categories x and y.
///
/// | id | cat | place        | received          | status   | resolved          |
/// |----|-----|--------------|-------------------|----------|-------------------|
/// | X1 | x   |              | 10 Jan            | diproses |                   |
/// | X2 | x   |              | 10 Feb            | diproses |                   |
/// | X3 | x   |              | 10 Apr            | diproses |                   |
/// | X4 | x   |              | 10 Jun            | diproses |                   |
/// | X5 | x   |              | 1 Jul (after the window) | diproses |            |
/// | Y1 | y   | Blok A Los 1 | 1 Mar 08:00       | selesai  | 2 Mar 10:00:00    |
/// | Y4 | y   | Blok B       | 1 Mar 09:00       | selesai  | 2 Mar 10:00:00    |
/// | Y5 | y   | Blok C       | 10 Mar 09:00      | diproses |                   |
/// | Y2 | y   | blok a, los 1| 1 Apr 10:00:00    | diproses | (30 days after Y1's resolution: a repeat) |
/// | Y3 | y   | Blok B       | 1 Apr 10:00:01    | diproses | (30 days and 1 s after Y4's: not) |
///
/// x: complaints in 4 of 6 months (Jan, Feb, Apr, Jun): recurs by months; 2 then 2: steady.
/// y: 2 months, so not by months; with places, one repeat (Y2); without places, Y5 too (8 days
/// after a resolution at another place): 2. March 3 then April 2: falling.
@Suite struct RecurringProblemsTests {
    static let asOf = wib("2026-07-15 12:00")

    static func complaint(_ id: String, _ category: String, _ received: Timestamp, _ status: ComplaintStatus,
                          resolved: Timestamp? = nil, place: String = "") -> Complaint {
        Complaint(id: id, marketID: "a", categoryID: category, receivedAt: .value(received),
                  resolvedAt: resolved.map { .value($0) } ?? .missing, status: .value(status), location: place)
    }

    static func exact(_ text: String) -> Timestamp {
        guard case let .success(time) = Timestamp.parse(text) else { fatalError("bad test time \(text)") }
        return time
    }

    static let complaints = [
        complaint("X1", "x", wib("2026-01-10 09:00"), .diproses),
        complaint("X2", "x", wib("2026-02-10 09:00"), .diproses),
        complaint("X3", "x", wib("2026-04-10 09:00"), .diproses),
        complaint("X4", "x", wib("2026-06-10 09:00"), .diproses),
        complaint("X5", "x", wib("2026-07-01 09:00"), .diproses),
        complaint("Y1", "y", wib("2026-03-01 08:00"), .selesai, resolved: wib("2026-03-02 10:00"), place: "Blok A Los 1"),
        complaint("Y4", "y", wib("2026-03-01 09:00"), .selesai, resolved: wib("2026-03-02 10:00"), place: "Blok B"),
        complaint("Y5", "y", wib("2026-03-10 09:00"), .diproses, place: "Blok C"),
        complaint("Y2", "y", exact("2026-04-01T10:00:00+07:00"), .diproses, place: "blok a, los 1"),
        complaint("Y3", "y", exact("2026-04-01T10:00:01+07:00"), .diproses, place: "Blok B"),
    ]

    static func recurrence(comparesPlaces: Bool, rule: RecurrenceRule = RecurrenceRule()) -> RecurrenceReport {
        var intake = ComplaintIntake(
            markets: [Market(id: "a", name: "Pasar A", district: "", address: "")],
            categories: [ComplaintCategory(id: "x", name: "X"), ComplaintCategory(id: "y", name: "Y")],
            standards: StatisticsTests.standards, calendar: christmasCalendar, asOf: asOf)
        for complaint in complaints { _ = intake.add(complaint) }
        return intake.ledger.recurrence(at: asOf, layout: intake.layout, rule: rule, comparesPlaces: comparesPlaces)
    }

    @Test func theWindowIsTheLastSixCompleteMonths() {
        #expect(RecurrenceRule().months(asOf: Self.asOf).map(\.description) == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"])
        // At the last second of June, June has ended.
        #expect(RecurrenceRule().months(asOf: Self.exact("2026-06-30T23:59:59+07:00")).last?.description == "2026-06")
        #expect(RecurrenceRule().months(asOf: Self.exact("2026-06-30T23:59:58+07:00")).last?.description == "2026-05")
    }

    @Test func monthsWithComplaintsAndRepeatsAtThePlace() throws {
        let report = Self.recurrence(comparesPlaces: true)
        #expect(report.combinations.count == 2)
        let x = try #require(report.combinations.first { $0.category == 0 })
        #expect(x.monthly == [1, 1, 0, 1, 0, 1])
        #expect(x.monthsWithComplaints == 4 && x.byMonths && !x.byRepeats && x.isRecurring)
        #expect(x.earlierHalf == 2 && x.laterHalf == 2 && x.trend == .steady)
        let y = try #require(report.combinations.first { $0.category == 1 })
        #expect(y.monthly == [0, 0, 3, 2, 0, 0])
        #expect(!y.byMonths && y.repeats == 1 && y.isRecurring)
        #expect(y.trend == .falling)
        // Recurring by more months first.
        #expect(report.combinations.map(\.category) == [0, 1])
    }

    @Test func withoutPlacesAnyComplaintAfterAResolutionInTheMarketAndCategoryCounts() throws {
        let y = try #require(Self.recurrence(comparesPlaces: false).combinations.first { $0.category == 1 })
        #expect(y.repeats == 2)  // Y5 (8 days after) and Y2 (exactly 30 days); Y3 is one second too late
    }

    @Test func theRuleCanBeStricter() throws {
        let rule = RecurrenceRule(windowMonths: 6, minimumMonths: 5, repeatDays: 29)
        let report = Self.recurrence(comparesPlaces: true, rule: rule)
        #expect(report.recurring.isEmpty)  // x has 4 months; Y2 came 30 days after
        #expect(report.combinations.count == 2)
    }
}
