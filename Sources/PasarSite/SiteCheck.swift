import PasarCore
import PasarRender
import PasarSources

/// Everything `pasar check` reports beyond what stops a build: incomplete or stale standard
/// documents, gaps in the response standards, and impossible or duplicate database records.
public enum SiteCheck {
    /// What a check found.
    public struct Result: Sendable {
        public let asOf: AsOfMoment
        /// Pages a build would publish.
        public let pages: Int
        public let warnings: [Diagnostic]
    }

    /// Checks the site as a build would, without writing: the same pass over the complaints, and
    /// one page of each kind rendered in memory, so a theme error shows up here too.
    public static func run(_ options: BuildOptions) throws(PasarError) -> Result {
        let prepared = try Site.prepare(options, findDuplicates: true)
        let renderer = SiteRenderer(theme: prepared.site.theme)
        let pages = prepared.input.plannedPages()
        var rendered = Set<String>()
        let noData = PublishedData(resources: [], files: [])
        for page in pages where rendered.insert(page.templates.last ?? "").inserted {
            _ = try renderer.render(page, site: prepared.input, data: noData)
        }
        return Result(asOf: prepared.asOf, pages: pages.count, warnings: warnings(prepared, duplicates: prepared.duplicates))
    }

    /// Everything check reports about a prepared build; a build passes no duplicates (finding them
    /// keeps every complaint's id in memory, so only check searches for them).
    static func warnings(_ prepared: Site.Prepared, duplicates: [[String]]) -> [Diagnostic] {
        findings(prepared.site, report: prepared.input.report, duplicates: duplicates)
            + AsOfCheck.findings(prepared.asOf, quality: prepared.input.report.dataQuality)
            + prepared.warnings.filter { !prepared.site.warnings.contains($0) }
    }

    /// How old a standard's last review may be before it is reported.
    public static let reviewInterval = 365

    /// All findings, sorted by location, as warnings.
    public static func findings(_ site: LoadedSite, report: PortalReport, duplicates: [[String]]) -> [Diagnostic] {
        var findings = site.warnings
        if site.config.baseURL == nil {
            findings.append(Diagnostic(
                .warning, "base_url is not set, so the site has no feed.xml, sitemap.xml or data/catalog.jsonld and citations use site-relative addresses",
                at: .file("content/\(SiteConfig.fileName)"), hint: "add base_url: https://… (the address the site is published at)"))
        }
        findings += documents(site, asOf: report.asOf)
        findings += standardGaps(site, on: report.asOf.wibDate)
        findings += implausibleLimits(site)
        findings += standardDates(site, report: report)
        findings += copiedDocuments(site)
        findings += editionAge(site, asOf: report.asOf)
        findings += records(report)
        findings += duplicateFindings(duplicates)
        findings += satisfaction(report)
        return findings
    }

    /// Survey sheets left out of the satisfaction index.
    static func satisfaction(_ report: PortalReport) -> [Diagnostic] {
        (report.satisfaction?.excluded ?? []).map { sheet in
            Diagnostic(.warning, LocalizedText.joined(sheet.problems.map(\.explanation), separator: "; ") + " (left out of the satisfaction index)",
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

    /// Each record with a problem, by table and row.
    static func records(_ report: PortalReport) -> [Diagnostic] {
        report.dataQuality.entries.map { entry in
            Diagnostic(
                .warning, LocalizedText.joined(entry.problems.map(\.explanation), separator: "; ")
                    + (entry.isInTimeStatistics ? LocalizedText(verbatim: "") : " (left out of time statistics)"),
                at: .row(table: "complaints", id: entry.complaintID), priority: entry.isInTimeStatistics ? 0 : 1,
                confidential: !entry.mayBeListed)
        }
    }

    /// Complaints recorded twice (see `DuplicateFinder`), one finding per group, by its first id.
    static func duplicateFindings(_ groups: [[String]]) -> [Diagnostic] {
        groups.map { ids in
            Diagnostic(.warning, "possible duplicate of \(ids.dropFirst().joined(separator: ", ")): same market, category, time received and summary",
                       at: .row(table: "complaints", id: ids[0]),
                       hint: "if it is a duplicate, close it as ditolak so it is not counted twice in time statistics")
        }
    }
}

/// Finds complaints recorded twice: same market, category, time received and summary (spacing and
/// case aside), neither rejected. Fed one complaint at a time during the pass; keeps only a 64-bit
/// hash of that key and the id per complaint (a chance match of two different keys is about one in
/// a million at ten million complaints, and the finding only asks an officer to look).
final class DuplicateFinder: @unchecked Sendable {
    private var hashes: [UInt64] = []
    private var ids: [String] = []

    func add(_ complaint: Complaint) {
        guard complaint.status != .value(.ditolak), let received = complaint.receivedAt.value else { return }
        let key = "\(complaint.marketID)\u{1}\(complaint.categoryID)\u{1}\(received.seconds)\u{1}"
            + complaint.publicSummary.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hashes.append(hash)
        ids.append(complaint.id)
    }

    /// Groups of ids sharing a key, each sorted, ordered by first id.
    func groups() -> [[String]] {
        let order = hashes.indices.sorted { hashes[$0] < hashes[$1] }
        var groups: [[String]] = []
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, hashes[order[end]] == hashes[order[start]] { end += 1 }
            if end - start > 1 { groups.append(order[start..<end].map { ids[$0] }.sorted()) }
            start = end
        }
        return groups.sorted { $0[0] < $1[0] }
    }
}
