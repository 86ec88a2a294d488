import PasarCore
import PasarSources

/// Everything `pasar check` reports beyond what stops a build: incomplete or stale standard
/// documents, gaps in the response standards, and impossible or duplicate database records.
public enum SiteCheck {
    /// How old a standard's last review may be before it is reported.
    public static let reviewInterval = 365

    /// All findings, sorted by location, as warnings.
    public static func findings(_ site: LoadedSite, report: PortalReport) -> [Diagnostic] {
        var findings = site.warnings
        if site.config.baseURL == nil {
            findings.append(Diagnostic(
                .warning, "base_url is not set, so the site has no feed.xml, sitemap.xml or data/catalog.jsonld and citations use site-relative addresses",
                at: .file("content/\(SiteConfig.fileName)"), hint: "add base_url: https://… (the address the site is published at)"))
        }
        findings += documents(site, asOf: report.asOf)
        findings += standardGaps(site)
        findings += records(report)
        findings += duplicates(site.database)
        findings += satisfaction(report)
        return findings
    }

    /// Survey sheets left out of the satisfaction index.
    static func satisfaction(_ report: PortalReport) -> [Diagnostic] {
        (report.satisfaction?.excluded ?? []).map { sheet in
            Diagnostic(.warning, sheet.problems.map(\.explanation).joined(separator: "; ") + " (left out of the satisfaction index)",
                       at: .row(table: "satisfaction_responses", id: sheet.id))
        }
    }

    /// The 14 components and the review date of every standard document.
    static func documents(_ site: LoadedSite, asOf: Timestamp) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let documents = [site.regencyStandard] + site.marketDocuments.values.sorted { $0.path < $1.path }
        for document in documents {
            let missing = ServiceStandardComponent.missing(headings: document.headings, notApplicable: Set(document.notApplicable.keys))
            if !missing.isEmpty {
                findings.append(Diagnostic(
                    .warning, "missing \(missing.count) of the 14 service-standard components: \(missing.map(\.name).joined(separator: "; "))",
                    at: document.location,
                    hint: "add a heading for each, or list it under not_applicable with the reason, e.g. not_applicable: {\(missing[0].rawValue): \"...\"}"))
            }
            guard let reviewed = document.lastReviewed else {
                findings.append(Diagnostic(.warning, "no last_reviewed date", at: document.location,
                                           hint: "add last_reviewed: YYYY-MM-DD to the front matter after each review"))
                continue
            }
            if reviewed.adding(days: reviewInterval) < asOf.wibDate {
                findings.append(Diagnostic(
                    .warning, "last reviewed \(reviewed), more than a year before the as-of date \(asOf.wibDate)", at: document.location,
                    hint: "review the standard with traders and update last_reviewed"))
            }
        }
        return findings
    }

    /// Categories without a limit of their own, and market defaults that replace a regency category limit.
    static func standardGaps(_ site: LoadedSite) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let regency = site.regencyStandard.table
        for category in site.database.categories where regency.categories[category.id] == nil {
            findings.append(Diagnostic(
                .warning, "category \"\(category.id)\" has no response standard of its own; the regency default applies",
                at: site.regencyStandard.location, hint: "add \(category.id): {respond: …, resolve: …} under response_standard"))
        }
        for document in site.marketDocuments.values.sorted(by: { $0.path < $1.path }) {
            let own = document.table
            for (category, regencyEntry) in regency.categories.sorted(by: { $0.key < $1.key }) where own.categories[category] == nil {
                for (label, mine, theirs) in [("resolve", own.defaultEntry.resolution, regencyEntry.resolution),
                                              ("respond", own.defaultEntry.firstResponse, regencyEntry.firstResponse)] {
                    guard let mine, let theirs, mine != theirs else { continue }
                    findings.append(Diagnostic(
                        .warning, "the market's default \(label) (\(mine)) replaces the regency's \(category) limit (\(theirs))",
                        at: document.location, hint: "if \(category) should keep the regency limit, add it under response_standard"))
                }
            }
        }
        return findings
    }

    /// Each record with a problem, by table and row.
    static func records(_ report: PortalReport) -> [Diagnostic] {
        report.dataQuality.entries.map { entry in
            Diagnostic(
                .warning, entry.problems.map(\.explanation).joined(separator: "; ")
                    + (entry.isInTimeStatistics ? "" : " (left out of time statistics)"),
                at: .row(table: "complaints", id: entry.complaintID))
        }
    }

    /// Complaints recorded twice: same market, category, time received and summary, neither rejected.
    static func duplicates(_ database: ComplaintDatabase) -> [Diagnostic] {
        struct Key: Hashable {
            let market: String, category: String, received: Recorded<Timestamp>, summary: String
        }
        let candidates = database.complaints.filter { $0.status != .value(.ditolak) && $0.receivedAt.value != nil }
        let groups = Dictionary(grouping: candidates) {
            Key(market: $0.marketID, category: $0.categoryID, received: $0.receivedAt,
                summary: $0.publicSummary.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
        return groups.values.filter { $0.count > 1 }
            .map { $0.map(\.id).sorted() }
            .sorted { $0[0] < $1[0] }
            .map { ids in
                Diagnostic(.warning, "possible duplicate of \(ids.dropFirst().joined(separator: ", ")): same market, category, time received and summary",
                           at: .row(table: "complaints", id: ids[0]),
                           hint: "if it is a duplicate, close it as ditolak so it is not counted twice in time statistics")
            }
    }
}
