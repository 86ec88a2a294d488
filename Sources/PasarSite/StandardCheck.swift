import PasarCore
import PasarSources

/// The findings of `pasar check` about the standard documents' limits, dates and copies, and about
/// how recent the frozen editions are.
extension SiteCheck {
    /// Limits longer than a complaint can plausibly take (over 60 days), in any version: usually a typing mistake.
    static func implausibleLimits(_ site: LoadedSite) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for document in [site.regencyStandard] + site.marketDocuments.values.sorted(by: { $0.path < $1.path }) {
            for version in document.history.versions {
                for (key, entry) in version.table.entries {
                    for (label, limit) in [("respond", entry.firstResponse), ("resolve", entry.resolution)] {
                        guard let limit, limit.isImplausible else { continue }
                        findings.append(Diagnostic(
                            .warning, "\(key) \(label): \(limit) is longer than \(ResponseTime.plausibleMaximum(limit.unit)), the 60 days Perpres 76/2013 allows for resolving a complaint",
                            at: document.categoryLocations[key] ?? document.versionLocations[version.effective] ?? document.location,
                            hint: "check the number and the unit (jam, hari, hari kerja)", priority: 2))
                    }
                }
            }
        }
        return findings
    }

    /// Categories without a limit of their own, and market defaults that replace a regency category
    /// limit, in the versions in force on `day`.
    static func standardGaps(_ site: LoadedSite, on day: CivilDate) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let regency = site.standards.regency.table(on: day) ?? site.standards.regency.versions[0].table
        for category in site.reference.categories where regency.categories[category.id] == nil {
            findings.append(Diagnostic(
                .warning, "category \"\(category.id)\" has no response standard of its own; the regency default applies",
                at: site.regencyStandard.location, hint: "add \(category.id): {respond: …, resolve: …} under response_standard"))
        }
        for document in site.marketDocuments.values.sorted(by: { $0.path < $1.path }) {
            guard let own = document.history.table(on: day) else { continue }
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

    /// A regency standard whose oldest version starts after complaints it must judge, and versions
    /// announced for a day after the as-of moment (not yet used).
    static func standardDates(_ site: LoadedSite, report: PortalReport) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let regency = site.regencyStandard
        if let start = regency.history.start, let first = report.firstReceived, first < start {
            findings.append(Diagnostic(
                .warning, "the oldest version of the regency standard takes effect \(start), but complaints go back to \(first); they are judged by that version",
                at: regency.versionLocations[start] ?? regency.location,
                hint: "leave effective out of the oldest version if it applied from the beginning, or add the version that applied before",
                priority: 2))
        }
        let today = report.asOf.wibDate
        for document in [regency] + site.marketDocuments.values.sorted(by: { $0.path < $1.path }) {
            for day in document.history.changeDays where day > today {
                findings.append(Diagnostic(
                    .warning, "a version takes effect \(day), after the as-of date \(today): pages show it as announced, and no complaint is judged by it yet",
                    at: document.versionLocations[day] ?? document.location))
            }
        }
        return findings
    }

    /// Market documents that name another market in their title (and not their own), or are a copy
    /// of another market's document: usually a file copied as a template and not yet adapted.
    static func copiedDocuments(_ site: LoadedSite) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let names = site.reference.markets.map { ($0.id, $0.name.lowercased()) }.filter { !$0.1.isEmpty }
        var firstWithText: [String: StandardDocument] = [:]
        for document in site.marketDocuments.values.sorted(by: { $0.path < $1.path }) {
            guard let id = document.marketID else { continue }
            let title = document.title.lowercased()
            let own = names.first { $0.0 == id }?.1 ?? id
            if !title.contains(own), let other = names.first(where: { $0.0 != id && title.contains($0.1) && !own.contains($0.1) }) {
                findings.append(Diagnostic(
                    .warning, "the title \"\(document.title)\" names another market (\(other.0)), not this one",
                    at: document.location, hint: "was the file copied from \(other.0).md? adapt its title and text to \(id)"))
            }
            if let original = firstWithText[document.textDigest] {
                findings.append(Diagnostic(
                    .warning, "this document is an exact copy of \(original.path)",
                    at: document.location, hint: "adapt it to this market, or delete it so the regency standard applies"))
            } else {
                firstWithText[document.textDigest] = document
            }
        }
        return findings
    }

    /// How long since the last frozen edition: UU 14/2008 asks public bodies to publish periodic
    /// information at least every six months.
    static func editionAge(_ site: LoadedSite, asOf: Timestamp) -> [Diagnostic] {
        let lastComplete = asOf.lastCompleteMonth
        let hint: LocalizedText = "freeze the last complete month with pasar release --latest (a monthly scheduled job: docs/editions.md)"
        guard let newest = site.editions.compactMap(\.month).max() else {
            return [Diagnostic(.warning, "no frozen edition yet: citations point at live pages whose figures change at every build",
                               at: .file(FrozenEdition.folder), hint: hint)]
        }
        guard newest.adding(months: 6) < lastComplete else { return [] }
        return [Diagnostic(
            .warning, "the newest frozen edition is \(newest), more than six months before \(lastComplete), the last complete month",
            at: .file("\(FrozenEdition.folder)/\(newest).json"), hint: hint)]
    }
}
