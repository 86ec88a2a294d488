import Foundation
import PasarCore
import PasarRender
import PasarSources

/// What a build did, for the summary line.
public struct BuildReport: Sendable {
    public let output: URL
    public let asOf: AsOfMoment
    public let files: Int
    public let pages: Int
    public let markets: Int
    public let complaintsInDatabase: Int
    public let complaintsCounted: Int
    public let complaintsExcluded: Int
    public let complaintsAfterAsOf: Int
    public let isSample: Bool
    /// Identifiers removed from public summaries before publication.
    public let scrubbed: SummaryScrubber.Counts
    public let warnings: [Diagnostic]
}

/// The build pipeline: load → statistics → render → write.
public enum Site {
    /// Builds the site and swaps it into the output folder; on any error the output is left as it was.
    public static func build(_ options: BuildOptions) throws(PasarError) -> BuildReport {
        let site = try LoadedSite.load(options)
        let output = OutputFolder(url: options.output ?? site.root.appending(path: site.config.output))
        try output.checkReplaceable()
        let (asOf, report, rendered, warnings) = try render(site, options: options)
        let files = rendered.files
        try output.replace(with: files)
        return BuildReport(
            output: output.url, asOf: asOf, files: files.count + 1, pages: files.count { $0.path.hasSuffix(".html") },
            markets: report.markets.count, complaintsInDatabase: report.dataQuality.recordsInDatabase,
            complaintsCounted: report.dataQuality.counted, complaintsExcluded: report.dataQuality.excludedFromTimeStatistics,
            complaintsAfterAsOf: report.dataQuality.receivedAfterAsOf, isSample: site.database.isSample,
            scrubbed: rendered.scrubbed, warnings: warnings)
    }

    /// Computes the figures and renders every file in memory, without writing.
    public static func render(_ site: LoadedSite, options: BuildOptions) throws(PasarError) -> (AsOfMoment, PortalReport, SiteRenderer.RenderedSite, [Diagnostic]) {
        let prepared = try prepare(site, options: options)
        let rendered = try SiteRenderer(theme: site.theme).render(prepared.input)
        return (prepared.asOf, prepared.input.report, rendered, prepared.warnings)
    }

    /// The as-of moment, the figures and everything the renderer needs, with the build's warnings.
    public static func prepare(_ site: LoadedSite, options: BuildOptions) throws(PasarError) -> (asOf: AsOfMoment, input: SiteRenderInput, warnings: [Diagnostic]) {
        let asOf = try AsOfMoment.resolve(option: options.asOf, sourceDateEpoch: options.sourceDateEpoch, latest: site.database.latestTimestamp)
        let report = site.report(asOf: asOf.timestamp)
        var warnings = site.warnings
        if report.complaintsOutsideCalendar > 0 {
            warnings.append(Diagnostic(
                .warning, "\(report.complaintsOutsideCalendar) complaint(s) need working days outside the holiday list (\(site.calendar.coverage.lowerBound) to \(site.calendar.coverage.upperBound)); weekends only were skipped there",
                at: .file(site.config.holidays), hint: "add the holidays for the missing period and extend covers"))
        }
        let input = SiteRenderInput(
            config: site.config, report: report, regencyStandard: site.regencyStandard, marketDocuments: site.marketDocuments,
            pages: site.pages, calendar: site.calendar, isSample: site.database.isSample, toolVersion: PasarVersion.current,
            editions: Editions.publish(site.editions, site: site), databaseSHA256: site.database.sha256)
        return (asOf, input, warnings)
    }
}
