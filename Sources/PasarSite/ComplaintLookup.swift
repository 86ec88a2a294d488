import Foundation
import PasarCore
import PasarRender
import PasarSources

/// `pasar lacak NOMOR`: one complaint as the next build will publish it on the lookup page, for the
/// officer at the desk who sends the complainant its link. Reads the database as a build does
/// (read-only, the same as-of moment, the same judging and scrubbing) but keeps only the complaints
/// whose number is the one asked for.
public enum ComplaintLookup {
    /// What the lookup page will say about a number.
    public enum Finding: Sendable {
        /// Published: the page shows it like this.
        case published(TrackedComplaint, TrackedView, market: String, category: String)
        /// Rahasia: counted in the figures, never findable (the page answers as for an unknown number).
        case confidential(id: String)
        /// In the figures, but not on the lookup page: its record cannot be judged against a standard.
        case notJudged(id: String, problems: [RecordProblem])
        /// Received after the as-of moment: the next build does not count it yet.
        case receivedLater(id: String, received: Timestamp?)
    }

    /// The answer for one number.
    public struct Answer: Sendable {
        public let number: String
        public let asOf: AsOfMoment
        /// The site's address (base_url), or "/" when it has none and links are site-relative.
        public let site: String
        public let hasBaseURL: Bool
        /// Every complaint whose number is this one once case, spaces and dashes are ignored (usually one).
        public let findings: [Finding]

        /// The deep link an officer sends for the complaint numbered `id`: it opens the lookup page on it.
        public func link(for id: String) -> String {
            site + "lacak/?nomor=" + (id.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_."))) ?? id)
        }
    }

    /// Looks `number` up in the site's database at the moment a build with `options` would use.
    public static func find(_ number: String, options: BuildOptions) throws(PasarError) -> Answer {
        let key = TrackingNumber.key(number)
        guard !key.isEmpty else {
            throw PasarError("\"\(SafeText.terminal(number))\" has no letters or digits, so it is no complaint number",
                             hint: "e.g. pasar lacak ADU-202412-0001")
        }
        let content = try SiteContent.load(options)
        return try content.source.withSnapshot { snapshot throws(PasarError) in
            let site = try LoadedSite(content, reference: snapshot.reference)
            let asOf = try Site.asOfMoment(options, snapshot: snapshot)
            let scrubber = SummaryScrubber()
            let markets = Dictionary(site.reference.markets.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let categories = Dictionary(site.reference.categories.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            var findings: [Finding] = []
            try snapshot.forEachComplaint(batchSize: ComplaintPass.batchSize) { batch in
                for complaint in batch where TrackingNumber.key(complaint.id) == key {
                    // A fresh intake per complaint: judging one complaint depends on nothing else.
                    var intake = ComplaintIntake(markets: site.reference.markets, categories: site.reference.categories,
                                                 standards: site.standards, calendar: site.calendar, asOf: asOf.timestamp)
                    guard let evaluation = intake.add(complaint) else {
                        findings.append(.receivedLater(id: complaint.id, received: complaint.receivedAt.value))
                        continue
                    }
                    guard complaint.mayBeListed else {
                        findings.append(.confidential(id: complaint.id))
                        continue
                    }
                    let evaluator = intake.evaluator
                    let standard = evaluation.facts.received.flatMap {
                        evaluator.standard(market: evaluation.facts.market, category: evaluation.facts.category, on: $0.wibDate)
                    }
                    let summary = ComplaintFiles.PublicSummary(of: complaint, scrubber: scrubber).text
                    if let tracked = TrackedComplaint(evaluation, summary: summary, standard: standard, calendar: evaluator.calendar) {
                        findings.append(.published(tracked, tracked.view(at: asOf.timestamp, calendar: evaluator.calendar),
                                                   market: markets[tracked.marketID] ?? tracked.marketID,
                                                   category: categories[tracked.categoryID] ?? tracked.categoryID))
                    } else {
                        findings.append(.notJudged(id: complaint.id, problems: evaluation.problems))
                    }
                }
            }
            return Answer(number: number, asOf: asOf, site: site.config.baseURL ?? "/", hasBaseURL: site.config.baseURL != nil,
                          findings: findings)
        }
    }
}
