import PasarCore

/// Values as spreadsheets and other systems write them, read into what the database stores:
/// times in ISO 8601 with `+07:00`, statuses and confidentiality as the five and three words.
public enum ImportValues {
    /// A time as an office's file may write it, as stored (`2025-03-04T09:30:00+07:00`). Accepted:
    /// ISO 8601 with an offset (kept as written, shown in WIB); ISO 8601 without one, `dd/mm/yyyy`,
    /// `dd-mm-yyyy` or `yyyy-mm-dd`, each with an optional `hh:mm` or `hh:mm:ss` (WIB; midnight when
    /// there is no time).
    public static func time(_ raw: String) -> Result<String, CellProblem> {
        let text = raw.trimmedOfSpaces
        if case let .success(time) = Timestamp.parse(text) { return .success(time.description) }
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        guard (1...2).contains(parts.count), let date = date(parts[0]) else {
            return .failure(CellProblem(text: "\"\(text)\" is not a date: write 2025-03-04, 04/03/2025 or 04-03-2025, with a time such as 09:30 if known"))
        }
        var seconds = 0
        if parts.count == 2 {
            let clock = parts[1].split(separator: ":").map { Int($0) }
            guard (2...3).contains(clock.count), clock.allSatisfy({ $0 != nil }), let hour = clock[0], let minute = clock[1],
                  (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(clock.count == 3 ? clock[2] ?? 0 : 0) else {
                return .failure(CellProblem(text: "\"\(text)\" has a time that is not hh:mm or hh:mm:ss"))
            }
            seconds = hour * 3600 + minute * 60 + (clock.count == 3 ? clock[2] ?? 0 : 0)
        }
        guard Timestamp.plausibleYears.contains(date.year) else {
            return .failure(CellProblem(text: "\"\(text)\" is outside the years \(Timestamp.plausibleYears.lowerBound)–\(Timestamp.plausibleYears.upperBound)"))
        }
        return .success(date.startInWIB.adding(seconds: Int64(seconds)).description)
    }

    /// `yyyy-mm-dd`, `dd/mm/yyyy` or `dd-mm-yyyy` (day and month may have one digit).
    static func date(_ text: String) -> CivilDate? {
        let separator: Character = text.contains("/") ? "/" : "-"
        let fields = text.split(separator: separator, omittingEmptySubsequences: false)
        guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let numbers = fields.compactMap { Int($0) }
        if fields[0].count == 4, separator == "-" { return CivilDate(year: numbers[0], month: numbers[1], day: numbers[2]) }
        guard fields[2].count == 4, fields[0].count <= 2, fields[1].count <= 2 else { return nil }
        return CivilDate(year: numbers[2], month: numbers[1], day: numbers[0])
    }

    /// The status word for a label in Indonesian or English (`Selesai`, `resolved`, `Dalam proses` …).
    public static func status(_ raw: String) -> ComplaintStatus? {
        statusLabels[normalized(raw)]
    }

    static let statusLabels: [String: ComplaintStatus] = [
        "diterima": .diterima, "baru": .diterima, "masuk": .diterima, "received": .diterima, "new": .diterima,
        "diverifikasi": .diverifikasi, "verifikasi": .diverifikasi, "terverifikasi": .diverifikasi, "verified": .diverifikasi,
        "diproses": .diproses, "proses": .diproses, "dalam proses": .diproses, "sedang diproses": .diproses,
        "ditindaklanjuti": .diproses, "tindak lanjut": .diproses, "in progress": .diproses, "processing": .diproses,
        "selesai": .selesai, "tuntas": .selesai, "resolved": .selesai, "done": .selesai, "completed": .selesai,
        "ditolak": .ditolak, "tolak": .ditolak, "rejected": .ditolak, "declined": .ditolak,
    ]

    /// The confidentiality word; an empty cell is biasa.
    public static func confidentiality(_ raw: String) -> Confidentiality? {
        confidentialityLabels[normalized(raw)]
    }

    static let confidentialityLabels: [String: Confidentiality] = [
        "": .biasa, "biasa": .biasa, "umum": .biasa, "terbuka": .biasa, "public": .biasa, "normal": .biasa,
        "anonim": .anonim, "anonymous": .anonim, "tanpa nama": .anonim,
        "rahasia": .rahasia, "confidential": .rahasia, "secret": .rahasia,
    ]

    /// Lowercase, with runs of spaces, underscores and hyphens as one space.
    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" || $0 == "\t" }).joined(separator: " ")
    }
}

/// Why a cell cannot be imported.
public struct CellProblem: Error, Sendable {
    public let text: LocalizedText
}
