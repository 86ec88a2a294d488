import Foundation
import Testing
import PasarCore
@testable import PasarSite

/// `pasar lacak` on the mini site (as of Wed 31 Dec 2025 12:00 WIB; respond within 24 jam, resolve
/// within 2 hari kerja; 25 and 26 Dec 2025 and 1 Jan 2026 are holidays). Expected values by hand.
@Suite struct ComplaintLookupTests {
    static func find(_ number: String, in site: FixtureSite) throws -> ComplaintLookup.Answer {
        try ComplaintLookup.find(number, options: site.options())
    }

    static func published(_ answer: ComplaintLookup.Answer) throws -> (TrackedComplaint, TrackedView, String, String) {
        guard answer.findings.count == 1, case let .published(c, view, market, category) = answer.findings[0] else {
            Issue.record("not one published complaint: \(answer.findings)")
            throw CancellationError()
        }
        return (c, view, market, category)
    }

    static func time(_ text: String) -> Timestamp {
        guard case let .success(time) = Timestamp.parse(text) else { fatalError("not a time: \(text)") }
        return time
    }

    @Test func aResolvedComplaintTypedAnyWay() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        for typed in ["A1", "a1", " a-1 ", "A 1"] {
            let answer = try Self.find(typed, in: site)
            let (c, view, market, category) = try Self.published(answer)
            #expect(c.id == "A1" && market == "Pasar A" && category == "Kebersihan" && c.channel == "langsung")
            #expect(answer.link(for: c.id) == "https://pasar.uji.example/lacak/?nomor=A1")
            // Received Wed 24 Dec 10:00; 24 jam → Thu 25 Dec 10:00; 2 hari kerja skip 25–28 Dec → Tue 30 Dec 23:59:59.
            #expect(c.responseDeadline == Self.time("2025-12-25T10:00:00+07:00"))
            #expect(c.resolutionDeadline == Self.time("2025-12-30T23:59:59+07:00"))
            #expect(view.state == .resolved && view.closed == Self.time("2025-12-30T15:00:00+07:00"))
            #expect(view.respondedInTime == true && view.resolvedInTime == true && c.resolutionWorkingDays == 2)
        }
    }

    @Test func openComplaintsOverdueAndNotYetDue() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        // B2: received Wed 10 Dec 09:00, due Fri 12 Dec 23:59:59; working days after 10 Dec up to
        // 31 Dec: 11, 12, 15–19, 22–24, 29–31 Dec = 13.
        let (b2, overdue, _, _) = try Self.published(try Self.find("b2", in: site))
        #expect(b2.resolutionDeadline == Self.time("2025-12-12T23:59:59+07:00"))
        #expect(overdue.state == .open && overdue.isOverdue && overdue.openWorkingDays == 13 && overdue.responseOverdue)
        // A8: received Tue 30 Dec 10:00; resolve by 31 Dec and Fri 2 Jan (1 Jan is a holiday) → 2 Jan
        // 23:59:59, not yet due; respond within 24 jam → 31 Dec 10:00, already past at 12:00.
        let (a8, notDue, _, _) = try Self.published(try Self.find("A8", in: site))
        #expect(a8.resolutionDeadline == Self.time("2026-01-02T23:59:59+07:00"))
        #expect(notDue.state == .open && !notDue.isOverdue && notDue.openWorkingDays == 1 && notDue.responseOverdue)
    }

    @Test func rejectedAnonimRahasiaLaterAndUnknown() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let (_, rejected, _, _) = try Self.published(try Self.find("A5", in: site))
        #expect(rejected.state == .rejected && rejected.closed == Self.time("2025-12-23T16:00:00+07:00") && rejected.resolvedInTime == nil)
        let (a4, _, _, _) = try Self.published(try Self.find("A4", in: site))
        #expect(a4.isAnonymous)
        // B3 is rahasia: counted, never published; the officer is told so.
        let b3 = try Self.find("B3", in: site).findings
        guard b3.count == 1, case let .confidential(id) = b3[0] else { Issue.record("B3: \(b3)"); return }
        #expect(id == "B3")
        let a9 = try Self.find("A9", in: site).findings
        guard a9.count == 1, case .receivedLater = a9[0] else { Issue.record("A9: \(a9)"); return }
        let a6 = try Self.find("A6", in: site).findings
        guard a6.count == 1, case let .notJudged(_, problems) = a6[0] else { Issue.record("A6: \(a6)"); return }
        #expect(problems.contains(.resolvedBeforeReceived))
        #expect(try Self.find("A99", in: site).findings.isEmpty)
        #expect(throws: PasarError.self) { try Self.find("--", in: site) }
    }

    @Test func theCommandPrintsTheLinkAndExitsOneForAnUnknownNumber() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let found = try CommandLineTests.pasar(["lacak", "a-1", "--root", site.root.path, "--as-of", FixtureSite.miniAsOf])
        #expect(found.status == 0)
        #expect(found.output.contains("https://pasar.uji.example/lacak/?nomor=A1"))
        #expect(found.output.contains("selesai 2025-12-30 15:00 WIB, sesudah 2 hari kerja: sesuai standar"))
        let secret = try CommandLineTests.pasar(["lacak", "B3", "--root", site.root.path, "--as-of", FixtureSite.miniAsOf])
        #expect(secret.status == 0 && secret.output.contains("rahasia") && !secret.output.contains("lacak/?nomor=B3"))
        let unknown = try CommandLineTests.pasar(["lacak", "A99", "--root", site.root.path, "--as-of", FixtureSite.miniAsOf])
        #expect(unknown.status == 1 && unknown.errors.contains("tidak ada pengaduan bernomor"))
    }
}
