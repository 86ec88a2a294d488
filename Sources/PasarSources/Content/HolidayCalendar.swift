import Foundation
import PasarCore

/// Loads the holiday calendar (`content/hari-libur.yml`):
///
/// ```yaml
/// covers: {from: 2024-12-01, to: 2026-12-31}
/// days:
///   - {date: 2025-01-01, kind: libur_nasional, name: Tahun Baru 2025 Masehi}
/// ```
public enum HolidayCalendarLoader {
    public static func load(root: URL, path: String) throws(PasarError) -> WorkingCalendar {
        let text = try SourceFile.read(root.appending(path: path), shownAs: path, hint: "set holidays: in content/site.yml")
        guard let yaml = try YAMLValue.parse(text, file: path) else { throw PasarError("the file is empty", at: .file(path)) }
        return try parse(yaml)
    }

    static func parse(_ yaml: YAMLValue) throws(PasarError) -> WorkingCalendar {
        let map = try yaml.mapping(allowed: ["covers", "days"], required: ["covers", "days"])
        let covers = try map.require("covers").mapping(allowed: ["from", "to"], required: ["from", "to"])
        let from = try covers.require("from").date(), to = try covers.require("to").date()
        guard from <= to else { throw covers.location.error("covers.from must not be later than covers.to") }
        var holidays: [Holiday] = []
        var seen: [CivilDate: YAMLValue] = [:]
        for item in try map.require("days").sequence() {
            let entry = try item.mapping(allowed: ["date", "kind", "name"], required: ["date", "kind", "name"])
            let dateValue = try entry.require("date")
            let date = try dateValue.date()
            let kindValue = try entry.require("kind")
            let kindText = try kindValue.string()
            guard let kind = Holiday.Kind(rawValue: kindText) else {
                throw kindValue.error(
                    "unknown kind \"\(kindText)\"", hint: "use one of \(Holiday.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard (from...to).contains(date) else {
                throw dateValue.error("\(date) is outside the period in covers (\(from) to \(to))")
            }
            if seen[date] != nil { throw dateValue.error("\(date) is listed twice") }
            seen[date] = dateValue
            holidays.append(Holiday(date: date, kind: kind, name: try entry.require("name").string()))
        }
        return WorkingCalendar(holidays: holidays, coverage: from...to)
    }
}

extension SourceLocation {
    func error(_ message: LocalizedText, hint: LocalizedText? = nil) -> PasarError { PasarError(message, at: self, hint: hint) }
}
