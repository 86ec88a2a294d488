import Testing
@testable import PasarCore

/// A complaint looked up by its number, judged by hand: respond within 1 hari kerja, resolve within
/// 3 hari kerja, Christmas 2025 (Thu 25 and Fri 26 Dec off) and New Year (Thu 1 Jan off), as of
/// Wednesday 31 December 2025 12:00 WIB.
@Suite struct TrackingTests {
    static let standard = ResponseStandard(firstResponse: time(1, .hariKerja), resolution: time(3, .hariKerja))
    static let evaluator = ComplaintEvaluator(
        asOf: wib("2025-12-31 12:00"), calendar: christmasCalendar,
        standards: ResponseStandards(regency: ResponseStandardTable(defaultEntry: .init(firstResponse: standard.firstResponse, resolution: standard.resolution)),
                                     markets: [:])!,
        marketIDs: ["pasar-a"], categoryIDs: ["kebersihan"])

    static func tracked(_ received: String, responded: String? = nil, resolved: String? = nil, status: ComplaintStatus,
                        confidentiality: Confidentiality = .biasa) throws -> TrackedComplaint {
        let complaint = Complaint(
            id: "ADU-202512-0001", marketID: "pasar-a", categoryID: "kebersihan", channel: "whatsapp",
            receivedAt: .value(wib(received)), firstResponseAt: responded.map { .value(wib($0)) } ?? .missing,
            resolvedAt: resolved.map { .value(wib($0)) } ?? .missing, status: .value(status),
            confidentiality: .value(confidentiality), publicSummary: "Sampah menumpuk.")
        let e = try #require(evaluator.evaluate(complaint))
        let standard = evaluator.standard(market: e.facts.market, category: e.facts.category, on: wib(received).wibDate)
        return try #require(TrackedComplaint(e, summary: complaint.publicSummary, standard: standard, calendar: christmasCalendar))
    }

    static var asOf: Timestamp { evaluator.asOf }

    @Test func aResolvedComplaintWithinItsStandard() throws {
        // Mon 22 Dec: respond by the 1st working day after (Tue 23), resolve by the 3rd: 23, 24, then
        // 25–28 are holidays and the weekend, so Mon 29 Dec.
        let c = try Self.tracked("2025-12-22 09:00", responded: "2025-12-22 11:00", resolved: "2025-12-24 10:00", status: .selesai)
        #expect(c.responseDeadline == wib("2025-12-23 23:59").adding(seconds: 59))
        #expect(c.resolutionDeadline == wib("2025-12-29 23:59").adding(seconds: 59))
        let view = c.view(at: Self.asOf, calendar: christmasCalendar)
        #expect(view.state == .resolved && view.closed == wib("2025-12-24 10:00"))
        #expect(view.respondedInTime == true && view.resolvedInTime == true && view.openWorkingDays == nil)
        // Resolved after 2 working days (23 and 24 Dec).
        #expect(christmasCalendar.workingDayNumber(wib("2025-12-24 10:00").wibDate) - c.receivedWorkingDay == 2)
    }

    @Test func anOpenComplaintPastItsDeadline() throws {
        // Fri 19 Dec, never answered: respond by Mon 22, resolve by Wed 24. Open on 22, 23, 24, 29,
        // 30 and 31 Dec: 6 working days.
        let c = try Self.tracked("2025-12-19 15:00", status: .diproses)
        #expect(c.resolutionDeadline == wib("2025-12-24 23:59").adding(seconds: 59))
        let view = c.view(at: Self.asOf, calendar: christmasCalendar)
        #expect(view.state == .open && view.openWorkingDays == 6 && view.isOverdue && view.responseOverdue)
        #expect(view.respondedInTime == nil && view.resolvedInTime == nil)
    }

    @Test func anOpenComplaintNotYetDue() throws {
        // Tue 30 Dec: resolve by the 3rd working day after it: Wed 31, (Thu 1 Jan off), Fri 2, Mon 5 Jan.
        let c = try Self.tracked("2025-12-30 08:00", responded: "2025-12-30 10:00", status: .diterima)
        #expect(c.resolutionDeadline == wib("2026-01-05 23:59").adding(seconds: 59))
        let view = c.view(at: Self.asOf, calendar: christmasCalendar)
        #expect(view.state == .open && view.openWorkingDays == 1 && !view.isOverdue && !view.responseOverdue)
        #expect(view.respondedInTime == true)
    }

    @Test func aRejectedComplaint() throws {
        let c = try Self.tracked("2025-12-23 09:00", resolved: "2025-12-23 16:00", status: .ditolak)
        let view = c.view(at: Self.asOf, calendar: christmasCalendar)
        #expect(view.state == .rejected && view.closed == wib("2025-12-23 16:00") && view.resolvedInTime == nil && !view.isOverdue)
    }

    @Test func anAnonymousComplaintResolvedLate() throws {
        // Mon 15 Dec: resolve by Thu 18 Dec; resolved Mon 22 Dec.
        let c = try Self.tracked("2025-12-15 08:00", responded: "2025-12-17 08:00", resolved: "2025-12-22 09:00", status: .selesai, confidentiality: .anonim)
        #expect(c.isAnonymous)
        let view = c.view(at: Self.asOf, calendar: christmasCalendar)
        #expect(view.state == .resolved && view.resolvedInTime == false && view.respondedInTime == false)
    }

    @Test func aClosureAfterTheAsOfMomentHadNotHappenedYet() throws {
        let c = try Self.tracked("2025-12-29 09:00", resolved: "2026-01-02 10:00", status: .selesai)
        let view = c.view(at: Self.asOf, calendar: christmasCalendar)
        #expect(view.state == .open && view.closed == nil && view.openWorkingDays == 2)
    }

    @Test func aRahasiaComplaintIsNeverTracked() throws {
        let complaint = Complaint(id: "R1", marketID: "pasar-a", categoryID: "kebersihan", receivedAt: .value(wib("2025-12-22 09:00")),
                                  status: .value(.diterima), confidentiality: .value(.rahasia))
        let e = try #require(Self.evaluator.evaluate(complaint))
        #expect(TrackedComplaint(e, summary: "", standard: Self.standard, calendar: christmasCalendar) == nil)
    }

    @Test func numbersAreComparedAsPeopleTypeThem() {
        for typed in ["ADU-202412-0001", "adu-202412-0001", " adu 202412 0001 ", "ADU2024120001", "adu/202412/0001", "ADU–202412–0001"] {
            #expect(TrackingNumber.key(typed) == "ADU2024120001", "\(typed)")
        }
        #expect(TrackingNumber.partition("ADU2024120001") == "2024")
        #expect(TrackingNumber.partition("SP4N20250007") == "2025", "the first run of four digits or more")
        #expect(TrackingNumber.partition("K0001") == "lain" && TrackingNumber.partition("LAPOR12") == "lain")
        // FNV-1a 32 of "a" and of "foobar", the published test vectors.
        #expect(TrackingNumber.hash("a") == 0xE40C_292C && TrackingNumber.hash("foobar") == 0xBF9C_F968)
    }

    @Test func workingDayNumbersDifferByTheWorkingDaysBetween() {
        var start = day(2025, 11, 1)
        while start < day(2026, 2, 1) {
            for length in [0, 1, 2, 5, 13, 40] {
                let end = start.adding(days: length)
                #expect(christmasCalendar.workingDayNumber(end) - christmasCalendar.workingDayNumber(start)
                        == Int64(christmasCalendar.workingDays(after: start, through: end)), "\(start)…\(end)")
            }
            start = start.adding(days: 1)
        }
    }
}
