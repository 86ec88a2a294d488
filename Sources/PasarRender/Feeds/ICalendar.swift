import Foundation
import PasarCore
import PasarSources

/// iCalendar files (RFC 5545) for the traders' programme: one per activity and one with every
/// upcoming activity, which a phone can subscribe to. Written here because none of the chosen
/// packages writes iCalendar, and the subset needed (events in one fixed-offset zone) is small.
/// UIDs depend only on the activity's file name, so a changed or cancelled activity updates the
/// event already in a calendar instead of adding a second one.
enum ICalendar {
    /// The zone every time is given in: WIB, UTC+7 all year.
    static let zone = "Asia/Jakarta"

    /// A calendar with `activities` (indices into the programme), named `name`.
    static func document(_ indices: [Int], programme: Programme, name: String, site: SiteRenderInput, strings: StringTable) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Pasar Terbuka//\(text(site.config.office.name))//ID",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:\(text(name))", "X-WR-TIMEZONE:\(zone)",
            "BEGIN:VTIMEZONE", "TZID:\(zone)", "BEGIN:STANDARD", "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:WIB", "END:STANDARD", "END:VTIMEZONE",
        ]
        let stamp = utc(site.report.asOf)
        for index in indices {
            lines += event(programme.activities[index], stamp: stamp, site: site, strings: strings)
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func event(_ activity: Activity, stamp: String, site: SiteRenderInput, strings: StringTable) -> [String] {
        let schedule = activity.schedule
        let host = site.config.baseURL.flatMap { URL(string: $0)?.host() } ?? "pasar-terbuka.invalid"
        var lines = ["BEGIN:VEVENT", "UID:kegiatan-\(activity.slug)@\(host)", "DTSTAMP:\(stamp)"]
        if let start = schedule.startMinute {
            lines.append("DTSTART;TZID=\(zone):\(local(schedule.firstDay, minute: start))")
            if let end = schedule.endMinute {
                lines.append("DTEND;TZID=\(zone):\(local(schedule.firstDay, minute: end))")
            }
            // The same hours on each day, rather than one event running through the nights.
            let days = schedule.lastDay.dayNumber - schedule.firstDay.dayNumber + 1
            if days > 1 { lines.append("RRULE:FREQ=DAILY;COUNT=\(days)") }
        } else {
            lines.append("DTSTART;VALUE=DATE:\(compact(schedule.firstDay))")
            lines.append("DTEND;VALUE=DATE:\(compact(schedule.lastDay.adding(days: 1)))")
        }
        let title = activity.isCancelled ? strings.text("activity.cancelled_prefix", ["title": activity.title]) : activity.title
        lines.append("SUMMARY:\(text(title))")
        lines.append("LOCATION:\(text(activity.place))")
        var description: [String] = []
        if let cancellation = activity.cancellation { description.append(strings.text("activity.cancelled") + ": " + cancellation) }
        if let change = activity.changeNote { description.append(strings.text("activity.changed") + ": " + change) }
        if let summary = activity.description { description.append(summary) }
        if let audience = activity.audience { description.append(strings.text("activity.audience") + ": " + audience) }
        if let registration = activity.registration { description.append(strings.text("activity.registration") + ": " + registration) }
        let url = site.config.baseURL.map { $0 + PageAddress.activity(activity.slug).path }
        if let url { description.append(url) }
        if !description.isEmpty { lines.append("DESCRIPTION:\(text(description.joined(separator: "\n")))") }
        if let url { lines.append("URL:\(SafeText.published(url))") }  // a URI value: not TEXT-escaped
        if let topic = activity.topic { lines.append("CATEGORIES:\(text(topic))") }
        lines.append("STATUS:\(activity.isCancelled ? "CANCELLED" : "CONFIRMED")")
        // A calendar replaces its copy of an event when the sequence grows: a change, then a cancellation.
        lines.append("SEQUENCE:\((activity.changeNote == nil ? 0 : 1) + (activity.isCancelled ? 1 : 0))")
        lines.append("END:VEVENT")
        return lines
    }

    /// A TEXT value: backslash, semicolon, comma and line breaks escaped; control characters left out.
    static func text(_ value: String) -> String {
        var out = ""
        for c in SafeText.published(value) {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": break
            default: out.append(c)
            }
        }
        return out
    }

    /// A content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var out = ""
        var width = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if width + size > limit {
                out += "\r\n "
                width = 0
                limit = 74  // after the leading space
            }
            out.unicodeScalars.append(scalar)
            width += size
        }
        return out
    }

    static func compact(_ day: CivilDate) -> String {
        let c = day.components
        return pad(c.year, 4) + pad(c.month, 2) + pad(c.day, 2)
    }

    static func local(_ day: CivilDate, minute: Int) -> String {
        compact(day) + "T" + pad(minute / 60, 2) + pad(minute % 60, 2) + "00"
    }

    static func utc(_ time: Timestamp) -> String {
        let day = CivilDate(dayNumber: floorDivide(time.seconds, 86_400))
        let second = Int(time.seconds - day.dayNumber * 86_400)
        return compact(day) + "T" + pad(second / 3600, 2) + pad(second % 3600 / 60, 2) + pad(second % 60, 2) + "Z"
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }

    private static func pad(_ value: Int, _ width: Int) -> String { zeroPadded(value, width: width) }
}

/// The programme's calendar files: one per activity, and one with every upcoming activity.
enum ProgrammeCalendars {
    static func write(_ site: SiteRenderInput, strings: StringTable, into sink: any FileSink) throws(PasarError) -> [WrittenFile] {
        let programme = site.programme
        guard !programme.activities.isEmpty else { return [] }
        let name = strings.text("activity.calendar_name", ["regency": site.config.regency])
        var files = [try sink.write(ProgrammeFiles.allUpcoming,
                                    Data(ICalendar.document(programme.upcoming, programme: programme, name: name, site: site, strings: strings).utf8))]
        for (index, activity) in programme.activities.enumerated() {
            let text = ICalendar.document([index], programme: programme, name: activity.title, site: site, strings: strings)
            files.append(try sink.write(ProgrammeFiles.calendar(activity.slug), Data(text.utf8)))
        }
        return files
    }
}
