import ArgumentParser
import Foundation
import PasarCore
import PasarSite

struct Lacak: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Terminal.say("Tautan lacak dan status satu pengaduan, seperti yang akan diterbitkan build berikutnya.",
                               "The lookup link and status of one complaint, as the next build will publish them."),
        discussion: Terminal.say(
            """
            Untuk petugas di meja layanan: cetak tautan /lacak/?nomor=… untuk dikirim ke pelapor (WhatsApp, SMS) \
            dan status pengaduan menurut basis data pada waktu data yang sama dengan build. Huruf besar/kecil, \
            spasi dan tanda hubung tidak berpengaruh. Pengaduan rahasia tidak dapat dicari di situs. \
            Status keluar 1 bila nomor tidak ada. Lihat docs/lacak.md.
            """,
            """
            For the officer at the desk: prints the /lacak/?nomor=… link to send to the complainant (WhatsApp, \
            SMS) and the complaint's status from the database, at the same as-of moment a build uses. Case, \
            spaces and dashes do not matter. Rahasia complaints cannot be found on the site. Exit status 1 \
            when no complaint has the number. See docs/lacak.md.
            """))

    @Argument(help: ArgumentHelp(Terminal.say("Nomor pengaduan, mis. ADU-202412-0001.", "The complaint number, e.g. ADU-202412-0001."),
                                 valueName: "NOMOR"))
    var number: String

    @OptionGroup var site: SiteOptions

    func run() throws {
        try Terminal.run { () throws(PasarError) in
            let answer = try ComplaintLookup.find(number, options: site.buildOptions())
            let shown = SafeText.terminal(number)
            guard !answer.findings.isEmpty else {
                throw PasarError("no complaint numbered \"\(shown)\" in the database (as of \(Self.time(answer.asOf.timestamp)))",
                                 hint: "check the number with the complainant; case, spaces and dashes do not matter")
            }
            Terminal.print("pasar lacak: \(shown), data as of \(Self.time(answer.asOf.timestamp))")
            for finding in answer.findings { Self.show(finding, answer: answer) }
        }
    }

    static func show(_ finding: ComplaintLookup.Finding, answer: ComplaintLookup.Answer) {
        switch finding {
        case let .confidential(id):
            Terminal.print(""); Terminal.print("\(SafeText.terminal(id)) is rahasia: it is counted in the figures, but the lookup page answers for it exactly as for a number that does not exist")
            Terminal.print("send no link; tell the complainant its status directly")
        case let .receivedLater(id, received):
            Terminal.print(""); Terminal.print("\(SafeText.terminal(id)) was received \(received.map(time) ?? "-"), after the as-of moment: the next build does not publish it yet")
        case let .notJudged(id, problems):
            let reasons = LocalizedText.joined(problems.map(\.explanation), separator: "; ")
            Terminal.print(""); Terminal.print("\(SafeText.terminal(id)) is counted, but the lookup page cannot show it: \(reasons)")
            Terminal.print("correct the record in the database (pasar check lists it), then build again")
        case let .published(c, view, market, category):
            Terminal.print(""); Terminal.print("link to send: \(answer.link(for: c.id))")
            if !answer.hasBaseURL {
                Terminal.print("(an address on the site: set base_url in content/site.yml to print the whole address)")
            }
            Terminal.print("\(SafeText.terminal(market)) · \(SafeText.terminal(category)) · \(SafeText.terminal(c.channel)) · received \(time(c.received))")
            Terminal.print("standard when received: first response within \(c.standard.firstResponse) (by \(time(c.responseDeadline))), resolution within \(c.standard.resolution) (by \(time(c.resolutionDeadline)))")
            Terminal.print(firstResponse(view, c))
            Terminal.print(outcome(view, c))
            if c.isAnonymous { Terminal.print("anonim: the page shows no reporter detail") }
            if !c.summary.isEmpty { Terminal.print("public summary: \(SafeText.terminal(c.summary))") }
        }
    }

    static func firstResponse(_ view: TrackedView, _ c: TrackedComplaint) -> LocalizedText {
        if let responded = view.responded {
            return view.respondedInTime == true
                ? "first response \(time(responded)): within the standard" : "first response \(time(responded)): later than the standard"
        }
        if view.state != .open { return "no first response recorded" }
        return view.responseOverdue ? "no first response yet: past its deadline" : "no first response yet: still within its deadline"
    }

    static func outcome(_ view: TrackedView, _ c: TrackedComplaint) -> LocalizedText {
        switch view.state {
        case .resolved:
            let days = c.resolutionWorkingDays.map(String.init) ?? "-"
            let closed = view.closed.map(time) ?? "-"
            return view.resolvedInTime == true
                ? "resolved \(closed), after \(days) working day(s): within the standard"
                : "resolved \(closed), after \(days) working day(s): later than the standard"
        case .rejected:
            return "rejected \(view.closed.map(time) ?? "-") (not counted against the resolution standard)"
        case .open:
            let days = view.openWorkingDays.map(String.init) ?? "-"
            return view.isOverdue ? "still open after \(days) working day(s): past its resolution deadline"
                : "still open after \(days) working day(s): within its resolution deadline"
        }
    }

    /// `2024-12-01 07:52 WIB`.
    static func time(_ t: Timestamp) -> String {
        let iso = t.description
        return "\(iso.prefix(10)) \(iso.dropFirst(11).prefix(5)) WIB"
    }
}
