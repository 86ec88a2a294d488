import Testing
@testable import PasarCore

/// A small market worked out by hand. Standard: resolve in 2 hari kerja, respond in 24 jam.
/// As of Wed 31 Dec 2025 12:00 WIB, with Thu 25 Dec (libur) and Fri 26 Dec (cuti bersama) off.
///
/// | id  | received        | status       | resolved         | deadline (2 hari kerja) | outcome as of         |
/// |-----|-----------------|--------------|------------------|-------------------------|-----------------------|
/// | A1  | Wed 24 Dec 10:00 | selesai     | Tue 30 Dec 15:00 | Tue 30 Dec 23:59:59     | within, 149 h, 2 wd   |
/// | A2  | Mon 22 Dec 09:00 | selesai     | Mon 29 Dec 09:00 | Wed 24 Dec 23:59:59     | late, 168 h, 3 wd     |
/// | A3  | Mon 29 Dec 08:00 | diproses    |                  | Wed 31 Dec 23:59:59     | pending               |
/// | A4  | Fri 26 Dec 11:00 | diverifikasi|                  | Tue 30 Dec 23:59:59     | overdue, age 121 h    |
/// | A5  | Tue 23 Dec 14:00 | ditolak     | Tue 23 Dec 16:00 |                         | rejected: not decided |
/// | A6  | Wed 24 Dec 08:00 | selesai     | Wed 24 Dec 07:00 |                         | resolved before received: excluded |
/// | A7  | Sat 20 Dec 09:00 | selesai     | Mon 22 Dec 17:00 | Tue 23 Dec 23:59:59     | within, 56 h, 1 wd    |
/// | A8  | Tue 30 Dec 10:00 | diterima    |                  | Fri 2 Jan 23:59:59      | pending               |
/// | A9  | Fri 2 Jan 09:00  | diterima    |                  |                         | after as-of: not counted |
/// | A10 | Mon 15 Dec 09:00 | selesai     | (empty)          |                         | excluded              |
/// | A11 | Wed 31 Dec 09:00 | selesai     | Mon 5 Jan 10:00  | Mon 5 Jan 23:59:59      | open (diproses) then, pending |
@Suite struct StatisticsTests {
    static let asOf = wib("2025-12-31 12:00")

    static let complaints: [Complaint] = [
        complaint("A1", "2025-12-24 10:00", .selesai, resolved: "2025-12-30 15:00", firstResponse: "2025-12-24 12:00"),
        complaint("A2", "2025-12-22 09:00", .selesai, resolved: "2025-12-29 09:00", firstResponse: "2025-12-22 10:30"),
        complaint("A3", "2025-12-29 08:00", .diproses),
        complaint("A4", "2025-12-26 11:00", .diverifikasi),
        complaint("A5", "2025-12-23 14:00", .ditolak, resolved: "2025-12-23 16:00"),
        complaint("A6", "2025-12-24 08:00", .selesai, resolved: "2025-12-24 07:00"),
        complaint("A7", "2025-12-20 09:00", .selesai, resolved: "2025-12-22 17:00"),
        complaint("A8", "2025-12-30 10:00", .diterima),
        complaint("A9", "2026-01-02 09:00", .diterima),
        complaint("A10", "2025-12-15 09:00", .selesai),
        complaint("A11", "2025-12-31 09:00", .selesai, resolved: "2026-01-05 10:00"),
    ]

    static func complaint(_ id: String, _ received: String, _ status: ComplaintStatus, resolved: String? = nil, firstResponse: String? = nil) -> Complaint {
        Complaint(
            id: id, marketID: "pasar-a", categoryID: "kebersihan", receivedAt: .value(wib(received)),
            firstResponseAt: firstResponse.map { .value(wib($0)) } ?? .missing,
            resolvedAt: resolved.map { .value(wib($0)) } ?? .missing, status: .value(status))
    }

    static let standards = ResponseStandards(
        regency: ResponseStandardTable(defaultEntry: .init(firstResponse: time(24, .jam), resolution: time(2, .hariKerja))),
        markets: [:])!

    static func report(asOf: Timestamp = asOf, complaints: [Complaint] = complaints) -> PortalReport {
        PortalReport(
            markets: [Market(id: "pasar-a", name: "Pasar A", district: "Kota", address: "")],
            categories: [ComplaintCategory(id: "kebersihan", name: "Kebersihan")],
            complaints: complaints, standards: standards, calendar: christmasCalendar, asOf: asOf, rankingThreshold: 10)
    }

    @Test func countsEveryComplaintReceivedByTheAsOfMoment() throws {
        let s = Self.report().markets[0].statistics
        #expect(s.received == 10)  // A9 arrived later
        #expect(s.openByStatus == [.diterima: 1, .diverifikasi: 1, .diproses: 2])  // A8; A4; A3, A11
        #expect(s.open == 4)
        #expect(s.resolved == 5)   // A1, A2, A6, A7, A10
        #expect(s.rejected == 1)   // A5
        #expect(s.open + s.resolved + s.rejected + s.unknownStatus == s.received)
    }

    @Test func resolutionTimesUseOnlyUsableResolvedRecords() throws {
        let s = Self.report().markets[0].statistics
        let hoursSummary = try #require(s.resolutionTime)
        #expect(hoursSummary.count == 3)                                  // A7 56 h, A1 149 h, A2 168 h
        #expect(hoursSummary.median.divided(by: 3600) == Fraction(149))
        #expect(hoursSummary.p90.divided(by: 3600) == Fraction(821, 5))   // 149 + 0.8 × 19 = 164.2
        #expect(hoursSummary.mean.divided(by: 3600).decimalText(places: 1) == "124.3")
        let days = try #require(s.resolutionWorkingDays)
        #expect(days.median == Fraction(2) && days.p90 == Fraction(14, 5) && days.mean == Fraction(2))
        #expect(s.excludedFromTimeStatistics == 2)                        // A6, A10
    }

    @Test func onTimeShareCountsOpenOverdueAndLeavesOutRejectedAndNotYetDue() {
        let s = Self.report().markets[0].statistics
        #expect(s.withinStandard == Share(2, of: 4))   // A1, A7 of A1, A2, A7, A4
        #expect(s.openOverdue == 1)                    // A4
        #expect(s.openNotYetDue == 3)                  // A3, A8, A11
        #expect(s.oldestOpenAge == hours(121))         // A4: Fri 26 Dec 11:00 → Wed 31 Dec 12:00
    }

    @Test func firstResponseMedianOfAnEvenCount() throws {
        let s = Self.report().markets[0].statistics
        let firstResponse = try #require(s.firstResponseTime)
        #expect(firstResponse.count == 2)                                 // A2 1.5 h, A1 2 h
        #expect(firstResponse.median.divided(by: 3600) == Fraction(7, 4)) // 1.75 h
    }

    @Test func monthlySeriesEndsWithTheAsOfMonth() throws {
        let s = Self.report().markets[0].statistics
        #expect(s.monthly.count == 12)
        let december = try #require(s.monthly.last)
        #expect(december.month == YearMonth(year: 2025, month: 12))
        #expect(december.received == 10)
        #expect(december.resolved == 3)   // A1, A2, A7; A6 and A10 have unusable records
        #expect(s.monthly.dropLast().allSatisfy { $0.received == 0 && $0.resolved == 0 })
    }

    @Test func everyRecordIsCountedOrListed() throws {
        let quality = Self.report().dataQuality
        #expect(quality.recordsInDatabase == 11)
        #expect(quality.counted == 10)
        #expect(quality.receivedAfterAsOf == 1)
        #expect(quality.entries.map(\.complaintID) == ["A10", "A6"])
        #expect(quality.entries.map(\.problems) == [[.resolvedWithoutResolvedAt], [.resolvedBeforeReceived]])
        #expect(quality.excludedFromTimeStatistics == 2)
    }

    @Test func openComplaintJustBeforeAndJustAfterItsDeadline() {
        // A3's deadline is Wed 31 Dec 23:59:59 WIB.
        let a3 = [Self.complaints[2]]
        let atDeadline = Self.report(asOf: wib("2025-12-31 23:59").adding(seconds: 59), complaints: a3).regency
        #expect(atDeadline.withinStandard == Share(0, of: 0))
        #expect(atDeadline.openNotYetDue == 1 && atDeadline.openOverdue == 0)
        let oneSecondLater = Self.report(asOf: wib("2026-01-01 00:00"), complaints: a3).regency
        #expect(oneSecondLater.withinStandard == Share(0, of: 1))
        #expect(oneSecondLater.openOverdue == 1)
    }

    @Test func resolvedAtTheLastSecondIsWithinStandard() {
        let onTheDot = [Self.complaint("B1", "2025-12-24 10:00", .selesai, resolved: "2025-12-30 23:59")]
        #expect(Self.report(complaints: onTheDot).regency.withinStandard == Share(1, of: 1))
    }

    @Test func laterAsOfSeesTheClosureThatHadNotHappenedYet() {
        // As of 6 Jan 2026 A11 is resolved (Mon 5 Jan 10:00, within its deadline) and A9 is counted.
        let s = Self.report(asOf: wib("2026-01-06 12:00")).regency
        #expect(s.received == 11)
        #expect(s.resolved == 6)
        #expect(s.openByStatus == [.diterima: 2, .diverifikasi: 1, .diproses: 1])
    }

    @Test func recordsWithProblemsStayInTotalsButNotInTimeStatistics() {
        let odd = [
            Complaint(id: "C1", marketID: "pasar-x", categoryID: "kebersihan", receivedAt: .value(wib("2025-12-24 10:00")), status: .value(.diterima)),
            Complaint(id: "C2", marketID: "pasar-a", categoryID: "kebersihan", receivedAt: .missing, status: .value(.diterima)),
            Complaint(id: "C3", marketID: "pasar-a", categoryID: "kebersihan", receivedAt: .value(wib("2025-12-24 10:00")), status: .invalid("beres")),
            Complaint(id: "C4", marketID: "pasar-a", categoryID: "kebersihan", receivedAt: .invalid("24/12/2025"), status: .value(.diproses)),
            Complaint(id: "C5", marketID: "pasar-a", categoryID: "sampah", receivedAt: .value(wib("2025-12-24 10:00")), status: .value(.diproses)),
        ]
        let report = Self.report(complaints: odd)
        #expect(report.regency.received == 5)
        #expect(report.regency.unknownStatus == 1)
        #expect(report.regency.excludedFromTimeStatistics == 5)
        #expect(report.regency.withinStandard == Share(0, of: 0))
        #expect(report.markets[0].statistics.received == 4)   // C1 names an unknown market
        #expect(report.unknownMarket.received == 1)
        #expect(report.categories[0].statistics.received == 4) // C5 names an unknown category
        #expect(report.dataQuality.entries.map { $0.problems.map(\.code) } == [
            ["unknown_market"], ["missing_received_at"], ["invalid_status"],
            ["invalid_timestamp"], ["unknown_category"],
        ])
    }
}

@Suite struct RecordProblemCodeTests {
    @Test func everyProblemHasAListedCode() {
        let all: [RecordProblem] = [
            .unknownMarket("x"), .unknownCategory("x"), .missingReceivedAt, .invalidTimestamp(column: "c", value: "v"),
            .implausibleTimestamp(column: "c", value: "v"), .invalidStatus("x"),
            .resolvedWithoutResolvedAt, .resolvedBeforeReceived, .firstResponseBeforeReceived, .closingTimeOnOpenComplaint,
            .invalidConfidentiality("x"),
        ]
        #expect(Set(all.map(\.code)) == Set(RecordProblem.codes))
        #expect(RecordProblem.codes.count == all.count)
    }
}
