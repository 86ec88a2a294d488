import Foundation
import PasarCore

/// The complaint-level files (`data/complaints-YYYY.csv`, one per year of receipt in WIB), written
/// row by row while complaints are read, so no complaint's text stays in memory. A year that has
/// closed keeps the same bytes and address from build to build. Summaries are scrubbed of phone
/// numbers, e-mail addresses and NIK.
///
/// Every counted complaint has a row, so every published figure can be recomputed from these files
/// alone. A rahasia complaint (or one whose confidentiality is unreadable) has a statistics-only
/// row: no id, channel, summary or exact time (nothing that could point to the complainant), only
/// the months of receipt and resolution and the durations and outcome the figures need.
public final class ComplaintFiles {
    public static let columns = [
        "complaint_id", "market_id", "category_id", "channel", "received_at", "first_response_at", "resolved_at", "status",
        "confidentiality", "public_summary", "resolution_deadline", "outcome", "resolution_hours", "resolution_working_days",
        "first_response_hours", "problems", "received_month", "resolved_month", "in_time_statistics", "resolution_seconds",
        "first_response_seconds", "open_age_days", "location",
    ]
    /// The resource name of the file holding complaints without a usable time of receipt.
    public static let undated = "complaints-undated"

    private let sink: any FileSink
    private let asOf: Timestamp
    /// Open files by year of receipt (nil: undated).
    private var open: [Int?: YearFile] = [:]
    /// What the scrubber removed from the summaries written.
    public private(set) var scrubbed = SummaryScrubber.Counts()

    public init(sink: any FileSink, asOf: Timestamp) {
        self.sink = sink
        self.asOf = asOf
    }

    /// The resource name of the file for complaints received in `year`.
    public static func resourceName(year: Int) -> String { "complaints-\(year)" }

    /// A summary as published: scrubbed, and what was removed. Empty for a complaint that may not be listed.
    public struct PublicSummary: Sendable {
        public let text: String
        public let counts: SummaryScrubber.Counts

        /// Scrubs the complaint's summary (the costliest part of a row: done by whichever stage has time).
        public init(of complaint: Complaint, scrubber: SummaryScrubber) {
            (text, counts) = complaint.mayBeListed ? scrubber.scrub(complaint.publicSummary) : ("", SummaryScrubber.Counts())
        }
    }

    /// Writes the complaint's row: in full when it may be listed, else statistics only, with its
    /// summary as scrubbed by the stage that judged it.
    public func write(_ e: ComplaintEvaluation, summary: PublicSummary) throws(PasarError) {
        let c = e.complaint
        let listed = c.mayBeListed
        let year = c.receivedAt.value?.wibDate.year
        let file: YearFile
        if let existing = open[year] {
            file = existing
        } else {
            let name = year.map(Self.resourceName(year:)) ?? Self.undated
            // The held-back rows' scratch file sits beside the year's file in the staging folder.
            file = YearFile(name: name, file: try sink.open("data/\(name).csv"),
                            statisticsOnly: ScratchRecords(url: sink.location(of: "data/.\(name).held-back"), shownAs: "data/\(name).csv"))
            CSVText.appendRow(Self.columns, to: &file.buffer)
            open[year] = file
        }
        scrubbed = scrubbed + summary.counts
        file.rows += 1
        // The row is made in a local buffer: appending through the class's property checked
        // exclusive access on every byte, a sixth of the writer's time.
        var buffer: [UInt8] = []
        swap(&buffer, &file.buffer)
        let start = buffer.count
        appendRow(e, listed: listed, summary: summary.text, to: &buffer)
        if !listed {
            // Kept apart and written last, sorted by content: a row's place among the timed rows
            // would otherwise tell when the complaint came in.
            try file.statisticsOnly.append(buffer[start...])
            buffer.removeSubrange(start...)
        }
        if buffer.count >= 1 << 18 {
            try file.file.write(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
        swap(&buffer, &file.buffer)
    }

    /// One row, in the order of `columns`.
    private func appendRow(_ e: ComplaintEvaluation, listed: Bool, summary: String, to buffer: inout [UInt8]) {
        let c = e.complaint
        let comma = UInt8(ascii: ",")
        func text(_ value: String) { CSVText.append(CSVText.cell(value), to: &buffer); buffer.append(comma) }
        func time(_ value: Timestamp?) { if let value { value.appendISO(to: &buffer) }; buffer.append(comma) }
        func hours(_ seconds: Int64?) { if let seconds { CSVText.appendHours(seconds, to: &buffer) }; buffer.append(comma) }
        func integer(_ value: Int64?) { if let value { CSVText.appendInteger(value, to: &buffer) }; buffer.append(comma) }
        func month(_ value: YearMonth?) { if let value { value.appendISO(to: &buffer) }; buffer.append(comma) }
        func shown(_ recorded: Recorded<Timestamp>) -> Timestamp? { listed ? recorded.value.flatMap { $0 <= asOf ? $0 : nil } : nil }
        text(listed ? c.id : "")
        text(c.marketID)
        text(c.categoryID)
        text(listed ? c.channel : "")
        time(listed ? c.receivedAt.value : nil)
        time(shown(c.firstResponseAt))
        time(shown(c.resolvedAt))
        text(e.state.status?.rawValue ?? "")
        text(c.confidentiality.value?.rawValue ?? "")
        text(summary)
        time(listed ? e.resolutionDeadline : nil)
        text(e.outcome?.rawValue ?? "")
        hours(e.resolutionSeconds)
        integer(e.resolutionWorkingDays.map(Int64.init))
        hours(e.firstResponseSeconds)
        if !e.problems.isEmpty { CSVText.append(e.problems.map(\.code).joined(separator: ";"), to: &buffer) }
        buffer.append(comma)
        month(e.moment.receivedMonth)
        month(e.moment.resolvedMonth)
        text(e.isInTimeStatistics ? "true" : "false")
        integer(e.resolutionSeconds)
        integer(e.firstResponseSeconds)
        // Rounded as the published figure is: the largest rounded age is the rounded largest age.
        if let age = e.moment.openAgeSeconds { buffer.append(contentsOf: Fraction(age, 86_400).decimalText(places: 1).utf8) }
        buffer.append(comma)
        if listed, !c.location.isEmpty { CSVText.append(CSVText.cell(c.location), to: &buffer) }
        buffer.append(0x0A)
    }

    /// Closes every file; the resources written, by year (undated last).
    public func finish() throws(PasarError) -> [(resource: DataResource, file: WrittenFile)] {
        var written: [(DataResource, WrittenFile)] = []
        for entry in open.values.sorted(by: { ($0.name == Self.undated ? 1 : 0, $0.name) < ($1.name == Self.undated ? 1 : 0, $1.name) }) {
            try entry.statisticsOnly.appendSorted(to: &entry.buffer) { block throws(PasarError) in try entry.file.write(block) }
            if !entry.buffer.isEmpty { try entry.file.write(entry.buffer) }
            let file = try entry.file.close()
            // No primary key: statistics-only rows have no id.
            written.append((DataResource(name: entry.name, columns: Self.columns, rowCount: entry.rows, primaryKey: []), file))
        }
        open = [:]
        return written
    }
}

/// A year's file while it is written: the blocks not yet flushed and the rows so far.
private final class YearFile {
    let name: String
    let file: any StreamedFile
    var buffer: [UInt8] = []
    var rows = 0
    /// Statistics-only rows (rahasia), written after the others.
    let statisticsOnly: ScratchRecords

    init(name: String, file: any StreamedFile, statisticsOnly: ScratchRecords) {
        self.name = name
        self.file = file
        self.statisticsOnly = statisticsOnly
    }
}

extension YearMonth {
    /// Appends `YYYY-MM`, as `description` writes it, without a String.
    func appendISO(to bytes: inout [UInt8]) {
        guard (1000...9999).contains(year) else { bytes.append(contentsOf: description.utf8); return }
        for digit in [year / 1000, year / 100 % 10, year / 10 % 10, year % 10] { bytes.append(UInt8(truncatingIfNeeded: 48 + digit)) }
        bytes.append(UInt8(ascii: "-"))
        bytes.append(UInt8(truncatingIfNeeded: 48 + month / 10))
        bytes.append(UInt8(truncatingIfNeeded: 48 + month % 10))
    }
}

extension Timestamp {
    /// Appends ISO 8601 in WIB (`2025-03-04T09:30:00+07:00`), as `description` writes it, without a String.
    func appendISO(to bytes: inout [UInt8]) {
        let date = wibDate
        let (year, month, day) = date.components
        let second = Int(seconds + Timestamp.wibOffset - date.dayNumber * 86_400)
        func two(_ value: Int) {
            bytes.append(UInt8(truncatingIfNeeded: 48 + value / 10))
            bytes.append(UInt8(truncatingIfNeeded: 48 + value % 10))
        }
        if (1000...9999).contains(year) {
            two(year / 100)
            two(year % 100)
        } else {
            bytes.append(contentsOf: pad(year, 4).utf8)
        }
        bytes.append(UInt8(ascii: "-"))
        two(month)
        bytes.append(UInt8(ascii: "-"))
        two(day)
        bytes.append(UInt8(ascii: "T"))
        two(second / 3600)
        bytes.append(UInt8(ascii: ":"))
        two(second % 3600 / 60)
        bytes.append(UInt8(ascii: ":"))
        two(second % 60)
        bytes.append(contentsOf: Timestamp.wibSuffix)
    }

    private static let wibSuffix = Array("+07:00".utf8)
}

private func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
