import PasarCore

/// What `pasar check` and a build's summary say about the default as-of moment: the times it left
/// out as impossible (with the complaints and the `--as-of` to use if the office knows better), the
/// thin tail after a quiet spell that it kept, and a `meta.written_at` that no longer holds.
enum AsOfCheck {
    /// How many complaint ids a summary finding names before counting the rest.
    static let namedInSummary = 10

    static func findings(_ asOf: AsOfMoment, quality: DataQualityReport) -> [Diagnostic] {
        let notes = asOf.notes
        var findings: [Diagnostic] = []
        if let leftOut = notes.leftOut {
            var parts: [LocalizedText] = []
            if leftOut.afterWritten > 0, let written = leftOut.writtenAt {
                parts.append("\(leftOut.afterWritten) later than the day after the database says it was written (meta.written_at \(written))")
            }
            if leftOut.farBeyond > 0 {
                parts.append("\(leftOut.farBeyond) far beyond every other time (over a year after them, or after 2100)")
            }
            let hint: LocalizedText = leftOut.latest.map { latest in
                "if they are real, build with --as-of \(latest); if they are typing mistakes, correct them in the database"
            } ?? "correct them in the database"
            findings.append(Diagnostic(
                .warning, "the default as-of moment leaves out \(leftOut.count) time(s) that cannot be real recordings: \(LocalizedText.joined(parts, separator: "; ")); the complaints concerned: \(ids(quality.later))",
                at: .table("complaints"), hint: hint, priority: 2))
            for record in quality.later.listed {
                let first = record.times[0]
                let state: LocalizedText = first.column == "received_at" ? "it is not counted yet" : "it counts as still open then"
                findings.append(Diagnostic(
                    .warning, "\(LocalizedText.joined(record.times.map { "\($0.column) \"\($0.time)\"" }, separator: ", ")) after the as-of moment, which leaves it out as it cannot be real; \(state)",
                    at: .row(table: "complaints", id: record.complaintID), priority: 1, confidential: !record.mayBeListed))
            }
        }
        if let (spell, records) = quality.quietSpell {
            findings.append(Diagnostic(
                .warning, "the newest \(spell.times) time(s) come after \(spell.days) days with nothing recorded, and the as-of moment includes them: \(ids(records))",
                at: .table("complaints"),
                hint: "a thinning export looks like this, and so does a mistyped date: correct any that is wrong; to publish as of the end of the busy period, build with --as-of \(spell.after)",
                priority: 1))
        }
        if let stale = notes.staleWrittenAt {
            findings.append(Diagnostic(
                .warning, "meta.written_at \(stale) does not bound the data: complaint times changed after pasar import recorded it (another program writes to the database), so no time was left out for it",
                at: .row(table: "meta", id: "written_at"),
                hint: "import with pasar import again to record a new moment, or delete written_at from the meta table"))
        }
        return findings
    }

    /// "ADU-1, ADU-2 (and 5 more)": rahasia complaints are counted, not named (a summary finding is
    /// kept in the published manifest; `pasar check` gives each its own finding).
    static func ids(_ records: LaterRecords) -> LocalizedText {
        let named = records.listed.filter(\.mayBeListed).prefix(namedInSummary).map(\.complaintID)
        let rest = records.count - named.count
        let list = LocalizedText(verbatim: named.joined(separator: ", "))
        return rest > 0 ? "\(list) (and \(rest) more)" : list
    }
}
