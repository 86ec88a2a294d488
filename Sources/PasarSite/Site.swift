import Dispatch
import Foundation
import PasarCore
import PasarRender
import PasarSources

/// What a build did, for the summary line. Kept in the output's manifest, so a build that finds
/// nothing changed can say what the site it left in place holds.
public struct BuildReport: Sendable, Codable {
    /// The output folder (not kept in the manifest: the same inputs give the same bytes in any folder).
    public internal(set) var output: URL
    public let asOf: AsOfMoment
    /// Files in the output folder, its marker included.
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
    /// Files this build wrote; files it kept from the previous build because their bytes are the same.
    public var filesWritten: Int
    public var filesKept: Int
    public var bytesWritten: Int
    /// True when the inputs had not changed since the last build: nothing was read or written.
    public var upToDate = false

    enum CodingKeys: String, CodingKey {
        case asOf, files, pages, markets, complaintsInDatabase, complaintsCounted, complaintsExcluded, complaintsAfterAsOf
        case isSample, scrubbed, warnings, filesWritten, filesKept, bytesWritten, upToDate
    }

    init(output: URL, asOf: AsOfMoment, files: Int, pages: Int, markets: Int, complaintsInDatabase: Int, complaintsCounted: Int,
         complaintsExcluded: Int, complaintsAfterAsOf: Int, isSample: Bool, scrubbed: SummaryScrubber.Counts, warnings: [Diagnostic],
         filesWritten: Int, filesKept: Int, bytesWritten: Int) {
        self.output = output
        self.asOf = asOf
        self.files = files
        self.pages = pages
        self.markets = markets
        self.complaintsInDatabase = complaintsInDatabase
        self.complaintsCounted = complaintsCounted
        self.complaintsExcluded = complaintsExcluded
        self.complaintsAfterAsOf = complaintsAfterAsOf
        self.isSample = isSample
        self.scrubbed = scrubbed
        self.warnings = warnings
        self.filesWritten = filesWritten
        self.filesKept = filesKept
        self.bytesWritten = bytesWritten
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        output = URL(filePath: "/")
        asOf = try c.decode(AsOfMoment.self, forKey: .asOf)
        files = try c.decode(Int.self, forKey: .files)
        pages = try c.decode(Int.self, forKey: .pages)
        markets = try c.decode(Int.self, forKey: .markets)
        complaintsInDatabase = try c.decode(Int.self, forKey: .complaintsInDatabase)
        complaintsCounted = try c.decode(Int.self, forKey: .complaintsCounted)
        complaintsExcluded = try c.decode(Int.self, forKey: .complaintsExcluded)
        complaintsAfterAsOf = try c.decode(Int.self, forKey: .complaintsAfterAsOf)
        isSample = try c.decode(Bool.self, forKey: .isSample)
        scrubbed = try c.decode(SummaryScrubber.Counts.self, forKey: .scrubbed)
        warnings = try c.decode([Diagnostic].self, forKey: .warnings)
        filesWritten = try c.decode(Int.self, forKey: .filesWritten)
        filesKept = try c.decode(Int.self, forKey: .filesKept)
        bytesWritten = try c.decode(Int.self, forKey: .bytesWritten)
        upToDate = try c.decode(Bool.self, forKey: .upToDate)
    }
}

/// The build pipeline: load → evaluate (one pass over the complaints) → aggregate → render → write.
public enum Site {
    /// Builds the site and swaps it into the output folder; on any error the output is left as it was.
    /// Stops early, writing nothing, when the output already holds a build of the same inputs.
    /// `waiting` is called if another build of the same output must finish first.
    public static func build(_ options: BuildOptions, clock: StageClock? = nil, waiting: () -> Void = {}) throws(PasarError) -> BuildReport {
        let content = try clock.time(.load) { () throws(PasarError) in try SiteContent.load(options) }
        let output = OutputFolder(url: options.output ?? content.root.appending(path: content.config.output))
        let lock = try output.lock(waiting: waiting)
        defer { withExtendedLifetime(lock) {} }
        try output.checkReplaceable()
        let (inputs, databaseIdentity) = try clock.time(.load) { () throws(PasarError) in try BuildFingerprint.inputs(content, options: options) }
        // The database's bytes are hashed only when its identity changed, or on a thread of its own while the build reads it.
        let previous = output.manifest()
        var knownSHA256: String?
        if let previous, previous.fingerprint.inputs == inputs, output.isIntact(previous), var report = previous.report {
            if previous.fingerprint.databaseIdentity != databaseIdentity {
                knownSHA256 = try clock.time(.load) { () throws(PasarError) in try BuildFingerprint.databaseSHA256(content.source) }
            }
            if previous.fingerprint.databaseIdentity == databaseIdentity || previous.fingerprint.databaseSHA256 == knownSHA256 {
                if options.strict { try failIfWarnings(report.warnings) }
                report.output = output.given
                report.upToDate = true
                report.filesWritten = 0
                report.filesKept = 0
                report.bytesWritten = 0
                return report
            }
        }
        let known = knownSHA256
        let databaseSHA256 = BackgroundValue { () throws(PasarError) -> String in
            if let known { return known }
            return try BuildFingerprint.databaseSHA256(content.source)
        }
        let staged = try output.stage()
        do {
            let prepared = try prepare(content, options: options, databaseSHA256: databaseSHA256, files: staged, clock: clock)
            let warnings = SiteCheck.warnings(prepared, duplicates: [])
            if options.strict { try failIfWarnings(warnings) }
            let fingerprint = BuildFingerprint(inputs: inputs, databaseIdentity: databaseIdentity, databaseSHA256: prepared.databaseSHA256)
            let bundle = prepared.bundle ?? DataBundle(sink: staged, asOf: prepared.asOf.timestamp)
            let rendered = try clock.time(.render) { () throws(PasarError) in
                try SiteRenderer(theme: content.theme).render(prepared.input, streamed: prepared.streamed, bundle: bundle, into: staged)
            }
            let report = prepared.input.report
            let counts = staged.counts
            let summary = BuildReport(
                output: output.given, asOf: prepared.asOf, files: rendered.files.count + 1, pages: rendered.pages.count,
                markets: report.markets.count, complaintsInDatabase: report.dataQuality.recordsInDatabase,
                complaintsCounted: report.dataQuality.counted, complaintsExcluded: report.dataQuality.excludedFromTimeStatistics,
                complaintsAfterAsOf: report.dataQuality.receivedAfterAsOf, isSample: prepared.site.reference.isSample,
                scrubbed: prepared.scrubbed, warnings: warnings,
                filesWritten: counts.written, filesKept: counts.kept, bytesWritten: counts.bytes)
            try clock.time(.write) { () throws(PasarError) in try output.commit(staged, fingerprint: fingerprint, report: summary) }
            return summary
        } catch {
            output.discard(staged)
            throw error
        }
    }

    /// With --strict, any warning stops the build before anything is published.
    static func failIfWarnings(_ warnings: [Diagnostic]) throws(PasarError) {
        guard !warnings.isEmpty else { return }
        throw PasarError(diagnostics: [Diagnostic(
            .error, "--strict: \(warnings.count) warning(s), so nothing was published; the output is as it was",
            hint: "fix them (listed below, all in pasar check), or build without --strict")] + warnings)
    }

    /// Everything the renderer needs, with what the pass over the complaints found.
    public struct Prepared: Sendable {
        public let site: LoadedSite
        public let asOf: AsOfMoment
        public let input: SiteRenderInput
        /// The compact record of every complaint, to compute the figures at another moment.
        public let intake: ComplaintIntake
        /// The complaint-level files written during the pass (none when no sink was given).
        public let streamed: [(resource: DataResource, file: WrittenFile)]
        public let scrubbed: SummaryScrubber.Counts
        public let warnings: [Diagnostic]
        /// Groups of possible duplicate complaint ids, when asked for.
        public let duplicates: [[String]]
        /// The ZIP of the data files, already compressing the complaint-level files (when streamed).
        public let bundle: DataBundle?
        /// SHA-256 of the database the figures come from.
        public let databaseSHA256: String
    }

    /// Everything a build computes, without writing anything (for checks, tools and tests).
    public static func prepare(_ options: BuildOptions, findDuplicates: Bool = false) throws(PasarError) -> Prepared {
        let content = try SiteContent.load(options)
        let sha = BackgroundValue { () throws(PasarError) in try BuildFingerprint.databaseSHA256(content.source) }
        return try prepare(content, options: options, databaseSHA256: sha, files: nil, findDuplicates: findDuplicates)
    }

    /// Reads the database once (in one snapshot, closed as soon as the pass ends), computes every
    /// figure for today and for each frozen edition (on every core), and collects the warnings.
    /// Complaint-level files are streamed into `files` when given.
    public static func prepare(_ content: SiteContent, options: BuildOptions, databaseSHA256 backgroundSHA256: BackgroundValue<String>,
                               files: (any FileSink)?, findDuplicates: Bool = false, clock: StageClock? = nil) throws(PasarError) -> Prepared {
        let pass = try content.source.withSnapshot { snapshot throws(PasarError) in
            let site = try clock.time(.load) { () throws(PasarError) in try LoadedSite(content, reference: snapshot.reference) }
            let asOf = try clock.time(.load) { () throws(PasarError) in try asOfMoment(options, snapshot: snapshot) }
            var intake = ComplaintIntake(markets: site.reference.markets, categories: site.reference.categories,
                                         standards: site.standards, calendar: site.calendar, asOf: asOf.timestamp,
                                         leftOut: asOf.notes.leftOut, quietSpell: asOf.notes.quietSpell)
            intake.reserveCapacity(try snapshot.complaintCount())
            let complaintFiles = files.map { ComplaintFiles(sink: $0, asOf: asOf.timestamp) }
            let tracking = files.map { TrackingFiles(sink: $0, markets: site.reference.markets, categories: site.reference.categories) }
            let duplicates = findDuplicates ? DuplicateFinder() : nil
            try ComplaintPass.run(snapshot, intake: &intake, files: complaintFiles, tracking: tracking, duplicates: duplicates, clock: clock)
            let streamed = try clock.time(.write) { () throws(PasarError) in try complaintFiles?.finish() ?? [] }
            return (site, asOf, intake, streamed, complaintFiles?.scrubbed ?? SummaryScrubber.Counts(), duplicates?.groups() ?? [], tracking)
        }
        let (site, asOf, intake, streamed, scrubbed, duplicates, tracking) = pass
        // The lookup files are grouped and compressed on a thread of their own while the figures are computed.
        let trackingIndex = BackgroundValue { () throws(PasarError) -> TrackingIndex in
            try clock.time(.write) { () throws(PasarError) in try tracking?.finish() ?? TrackingIndex(files: [:]) }
        }
        // The complaint files are complete: compress them while everything else is made.
        let bundle = files.map { DataBundle(sink: $0, asOf: asOf.timestamp) }
        bundle?.add(streamed.map(\.file))
        let databaseSHA256 = try backgroundSHA256.value()
        let (report, editions) = clock.time(.aggregate) { figures(site, intake: intake, databaseSHA256: databaseSHA256) }
        var warnings = site.warnings
        for edition in site.editions {
            let changes = EditionStandards.changes(since: edition, site: site)
            if !changes.isEmpty { warnings.append(EditionStandards.warning(edition, changes: changes)) }
        }
        if report.complaintsOutsideCalendar > 0 {
            warnings.append(Diagnostic(
                .warning, "\(report.complaintsOutsideCalendar) complaint(s) need working days outside the holiday list (\(site.calendar.coverage.lowerBound) to \(site.calendar.coverage.upperBound)); weekends only were skipped there",
                at: .file(site.config.holidays), hint: "add the holidays for the missing period and extend covers", priority: 2))
        }
        let input = SiteRenderInput(
            config: site.config, report: report, regencyStandard: site.regencyStandard, marketDocuments: site.marketDocuments,
            pages: site.pages, calendar: site.calendar, isSample: site.reference.isSample, toolVersion: PasarVersion.current,
            editions: editions, databaseSHA256: databaseSHA256, activities: site.content.activities,
            announcements: site.content.announcements, tracking: try trackingIndex.value())
        return Prepared(site: site, asOf: asOf, input: input, intake: intake, streamed: streamed, scrubbed: scrubbed,
                        warnings: warnings, duplicates: duplicates, bundle: bundle, databaseSHA256: databaseSHA256)
    }

    /// Today's report and each frozen edition recomputed from the ledger, one after another: each
    /// moment's samples take memory in proportion to the complaints, and the other core is busy
    /// with the ZIP meanwhile (computing two at once raised a province's peak by a tenth and saved
    /// no time).
    static func figures(_ site: LoadedSite, intake: ComplaintIntake, databaseSHA256: String) -> (PortalReport, [PublishedEdition]) {
        let report = intake.report(standards: site.standards, rankingThreshold: site.config.rankingMinimumDecided,
                                   satisfaction: site.reference.satisfaction, recurrence: site.config.recurrence,
                                   comparesPlaces: site.reference.hasLocation)
        let frozen = site.editions.map { Editions.publish($0, site: site, intake: intake, databaseSHA256: databaseSHA256) }
        return (report, frozen)
    }

    /// The moment a build with these options computes its figures for.
    static func asOfMoment(_ options: BuildOptions, snapshot: any ComplaintSnapshot) throws(PasarError) -> AsOfMoment {
        try AsOfMoment.resolve(option: options.asOf, sourceDateEpoch: options.sourceDateEpoch,
                               databaseCreated: snapshot.reference.createdAt, written: snapshot.reference.written,
                               fingerprint: { () throws(PasarError) in try snapshot.complaintTimesFingerprint() }) { () throws(PasarError) in
            try dataTimes(in: snapshot)
        }
    }

    /// Every valid time of every complaint, for the default as-of moment.
    static func dataTimes(in snapshot: any ComplaintSnapshot) throws(PasarError) -> DataTimes {
        var times = DataTimes()
        try snapshot.forEachTimestamp { times.add($0) }
        return times
    }
}

/// A value computed on a thread of its own, waited for when it is needed.
public final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, PasarError>?

    public init(_ work: @escaping @Sendable () throws(PasarError) -> Value) {
        DispatchQueue.global().async { [self] in
            result = Result(catching: work)
            done.signal()
        }
    }

    /// Waits for the value (the first call waits; later ones return at once).
    public func value() throws(PasarError) -> Value {
        done.wait()
        done.signal()
        // The semaphore orders the write above before this read.
        guard let result else { throw PasarError("a background computation did not finish") }
        return try result.get()
    }
}
