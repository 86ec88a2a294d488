import Foundation
import PasarCore

/// An activity of the traders' programme (training, mentoring, a clean-up day) from
/// `content/kegiatan/<slug>.md`, published at `/kegiatan/<slug>/` with a calendar file.
///
/// ```yaml
/// ---
/// title: Pembukuan sederhana untuk pedagang kios
/// date: 2026-12-03              # the day (WIB); `until: 2026-12-05` for several days
/// time: 09.00-12.00             # WIB; leave out for a whole-day activity
/// place: Aula Pasar Induk Sukamaju
/// markets: [pasar-induk-sukamaju]   # leave out when it is for the whole regency
/// topic: Pembukuan
/// audience: Pedagang kios dan los
/// registration: Daftar di kantor pengelola pasar sampai 1 Desember 2026. Gratis.
/// changed: Dipindah dari 26 November.     # optional
/// cancelled: Dibatalkan karena banjir.      # optional; the activity stays listed as cancelled
/// ---
/// ```
public struct Activity: Sendable {
    public let slug: String
    public let path: String
    public let title: String
    public let description: String?
    public let schedule: ActivitySchedule
    public let place: String
    /// The markets concerned; empty for the whole regency.
    public let marketIDs: [String]
    /// Where `markets` is written, for errors about unknown ids.
    public let marketsLocation: SourceLocation?
    public let topic: String?
    public let audience: String?
    public let registration: String?
    /// A note on a change of date, time or place.
    public let changeNote: String?
    /// Why the activity was cancelled; nil when it takes place.
    public let cancellation: String?
    public let html: String
    public let english: Translation?

    public var isCancelled: Bool { cancellation != nil }

    /// Whether the activity is for `market`: named in `markets`, or for the whole regency.
    public func concerns(market id: String) -> Bool { marketIDs.isEmpty || marketIDs.contains(id) }

    public static let folder = "content/kegiatan"
    static let keys = ["title", "description", "date", "until", "time", "place", "markets", "topic", "audience",
                       "registration", "changed", "cancelled"]

    /// Every activity of the site, in file-name order.
    public static func loadAll(root: URL, markdown: MarkdownRenderer) throws(PasarError) -> [Activity] {
        try MarkdownCollection.load(folder, root: root, markdown: markdown) { (text, path, slug, english) throws(PasarError) in
            try Activity(text: text, path: path, slug: slug, english: english, markdown: markdown)
        }
    }

    init(text: String, path: String, slug: String, english: Translation?, markdown: MarkdownRenderer) throws(PasarError) {
        let document = try FrontMatterDocument(text: text, file: path)
        let map = try MarkdownCollection.frontMatter(document, path: path, required: "title, date and place")
            .mapping(allowed: Activity.keys, required: ["title", "date", "place"])
        func note(_ key: String) throws(PasarError) -> String? {
            guard let value = map[key] else { return nil }
            let text = String(try value.string().trimming(" \t"))
            guard !text.isEmpty else { throw value.error("\(key) is empty", hint: "write it, or leave the key out") }
            return text
        }
        self.slug = slug
        self.path = path
        title = try map.require("title").string()
        description = try note("description")
        schedule = try ActivitySchedule(date: try map.require("date"), until: map["until"], time: map["time"])
        place = try map.require("place").string()
        marketIDs = try MarkdownCollection.marketIDs(map["markets"])
        marketsLocation = map["markets"]?.location
        topic = try note("topic")
        audience = try note("audience")
        registration = try note("registration")
        changeNote = try note("changed")
        cancellation = try note("cancelled")
        html = markdown.html(document.body)
        self.english = english
    }

    /// The title in `language` (Indonesian when not translated).
    public func title(english wanted: Bool) -> String { wanted ? english?.title ?? title : title }
}

/// When an activity takes place, in WIB: whole days, or a time of day on each of its days.
public struct ActivitySchedule: Sendable, Hashable {
    public let firstDay: CivilDate
    public let lastDay: CivilDate
    /// Start and end in minutes after midnight WIB; nil for whole days. End may be nil (start only).
    public let startMinute: Int?
    public let endMinute: Int?

    /// The moment it starts.
    public var start: Timestamp { firstDay.startInWIB.adding(seconds: Int64(startMinute ?? 0) * 60) }
    /// The moment it is over: the end time of the last day, else the end of that day.
    public var end: Timestamp {
        if let endMinute { return lastDay.startInWIB.adding(seconds: Int64(endMinute) * 60) }
        if let startMinute, firstDay == lastDay { return firstDay.startInWIB.adding(seconds: Int64(startMinute) * 60) }
        return lastDay.endInWIB.adding(seconds: 1)
    }
    public var isWholeDay: Bool { startMinute == nil }

    public init(firstDay: CivilDate, lastDay: CivilDate, startMinute: Int?, endMinute: Int?) {
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.startMinute = startMinute
        self.endMinute = endMinute
    }

    init(date: YAMLValue, until: YAMLValue?, time: YAMLValue?) throws(PasarError) {
        firstDay = try date.plausibleDate()
        lastDay = try until?.plausibleDate() ?? firstDay
        if lastDay < firstDay {
            throw (until ?? date).error("until (\(lastDay)) is before date (\(firstDay))")
        }
        guard let time else {
            startMinute = nil
            endMinute = nil
            return
        }
        let text = try time.string()
        guard let (start, end) = ActivitySchedule.parseTimes(text) else {
            throw time.error("expected a time in WIB such as 09.00 or 09.00-12.00, found \"\(text)\"")
        }
        if let end, end <= start, firstDay == lastDay {
            throw time.error("the activity ends (\(text)) before it starts", hint: "write the start time first, e.g. 09.00-12.00")
        }
        startMinute = start
        endMinute = end
    }

    /// `09.00`, `9:00`, `09.00-12.00`, `09.00 – 12.00`, `09.00 s.d. 12.00` → minutes after midnight.
    public static func parseTimes(_ text: String) -> (Int, Int?)? {
        var normalized = text.lowercased()
        for separator in ["s.d.", "s/d", "sampai", "–", "—"] { normalized = normalized.replacingOccurrences(of: separator, with: "-") }
        normalized = normalized.replacingOccurrences(of: "wib", with: "")
        let parts = normalized.split(separator: "-", omittingEmptySubsequences: false).map { String($0.trimming(" \t")) }
        guard (1...2).contains(parts.count), let start = minutes(parts[0]) else { return nil }
        guard parts.count == 2 else { return (start, nil) }
        guard let end = minutes(parts[1]) else { return nil }
        return (start, end)
    }

    private static func minutes(_ text: String) -> Int? {
        let pieces = text.split(whereSeparator: { $0 == "." || $0 == ":" })
        guard pieces.count == 2, (1...2).contains(pieces[0].count), pieces[1].count == 2,
              let hour = Int(pieces[0]), let minute = Int(pieces[1]), (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return hour * 60 + minute
    }
}
