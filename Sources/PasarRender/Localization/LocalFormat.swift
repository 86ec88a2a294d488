import PasarCore

/// Numbers, dates and durations written the way a language writes them: `1.234,5` and
/// `2 Desember 2025` in Indonesian, `1,234.5` and `2 December 2025` in English.
public struct LocalFormat: Sendable {
    public let language: Language
    public let strings: StringTable
    /// Looked up once: every number on every page uses them.
    private let decimalSeparator: String
    private let groupSeparator: String

    public init(language: Language, strings: StringTable) {
        self.language = language
        self.strings = strings
        decimalSeparator = strings.text("format.decimal_separator")
        groupSeparator = strings.text("format.group_separator")
    }

    public func integer(_ value: Int) -> String {
        // Most counts are below 1,000 and need no separator.
        if value >= 0, value < 1000 { return String(value) }
        return DecimalText.format(Int64(value), places: 0, decimalSeparator: decimalSeparator, groupSeparator: groupSeparator)
    }

    public func decimal(_ value: Fraction, places: Int = 1) -> String {
        DecimalText.format(value.scaledRounded(places: places), places: places, decimalSeparator: decimalSeparator, groupSeparator: groupSeparator)
    }

    /// `84,0%`, or the "no figure" mark when nothing was decided.
    public func percent(_ share: Share) -> String {
        guard let percent = share.percent else { return strings.text("format.none") }
        return strings.text("format.percent", ["value": decimal(percent)])
    }

    /// `42 dari 50`.
    public func fraction(_ share: Share) -> String {
        strings.text("format.share", ["numerator": integer(share.numerator), "denominator": integer(share.denominator)])
    }

    /// Seconds as hours with one decimal: `97,5 jam`.
    public func hours(_ seconds: Fraction?) -> String {
        guard let seconds else { return strings.text("format.none") }
        return strings.text("format.hours", ["value": decimal(seconds.divided(by: 3600))])
    }

    /// Seconds as calendar days with one decimal: `12,3 hari`.
    public func days(_ seconds: Int64?) -> String {
        guard let seconds else { return strings.text("format.none") }
        return strings.text("format.days", ["value": decimal(Fraction(seconds, 86_400))])
    }

    /// Working days with one decimal: `4,5 hari kerja`.
    public func workingDays(_ days: Fraction?) -> String {
        guard let days else { return strings.text("format.none") }
        return strings.text("format.working_days", ["value": decimal(days)])
    }

    /// A response time from a standard, e.g. `5 hari kerja` / `5 working days`.
    public func responseTime(_ time: ResponseTime) -> String {
        let key = switch time.unit {
        case .jam: "format.unit_hours"
        case .hari: "format.unit_days"
        case .hariKerja: "format.unit_working_days"
        }
        // A language with a singular ("1 working day") gives it under <key>_one.
        let singular = time.amount == 1 && strings.texts[key + "_one"] != nil
        return strings.text(singular ? key + "_one" : key, ["value": integer(time.amount)])
    }

    public func date(_ date: CivilDate) -> String {
        let months = strings.list("format.months")
        let c = date.components
        let month = months.indices.contains(c.month - 1) ? months[c.month - 1] : String(c.month)
        return strings.text("format.date", ["day": String(c.day), "month": month, "year": String(c.year)])
    }

    /// `Kamis, 3 Desember 2026`.
    public func weekdayDate(_ day: CivilDate) -> String {
        let names = strings.list("format.weekdays")
        let weekday = names.indices.contains(day.isoWeekday - 1) ? names[day.isoWeekday - 1] : ""
        return strings.text("format.weekday_date", ["weekday": weekday, "date": date(day)])
    }

    /// A time of day from minutes after midnight: `09.30`.
    public func clock(minute: Int) -> String {
        strings.text("format.time", ["hour": twoDigits(Int64(minute / 60)), "minute": twoDigits(Int64(minute % 60))])
    }

    /// `20 November 2026 pukul 16.45 WIB`.
    public func dateTime(_ time: Timestamp) -> String {
        let second = time.seconds + Timestamp.wibOffset - time.wibDate.dayNumber * 86_400
        let clock = strings.text("format.time", ["hour": twoDigits(second / 3600), "minute": twoDigits(second % 3600 / 60)])
        return strings.text("format.datetime", ["date": date(time.wibDate), "time": clock])
    }

    /// `Nov 2026`.
    public func month(_ month: YearMonth) -> String {
        let names = strings.list("format.months_short")
        let name = names.indices.contains(month.month - 1) ? names[month.month - 1] : String(month.month)
        return "\(name) \(month.year)"
    }

    /// A file size for a download link: `812 B`, `4,2 KB`, `37,5 MB` (1 KB = 1024 bytes).
    public func fileSize(_ bytes: Int) -> String {
        guard bytes >= 1024 else { return strings.text("format.bytes", ["value": integer(bytes)]) }
        let kilobytes = Fraction(Int64(bytes), 1024)
        if bytes < 1024 * 1024 { return strings.text("format.kilobytes", ["value": decimal(kilobytes)]) }
        return strings.text("format.megabytes", ["value": decimal(kilobytes.divided(by: 1024))])
    }

    private func twoDigits(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
