import PasarCore
import PasarSources

/// One activity in a list: when, what, where, and whether it was changed or cancelled.
struct ActivityItem: Encodable {
    let title: String
    /// The language of the title (Indonesian when not translated).
    let title_lang: String
    let url: String
    let when: String
    let start_iso: String
    let place: String
    let markets: String
    let cancelled: String?
    let changed: String?

    init(_ activity: Activity, site: SiteRenderInput, language: Language, format f: LocalFormat, home: String) {
        title = activity.title(english: language == .english)
        title_lang = language == .english && activity.english != nil ? language.code : Language.indonesian.code
        url = home + PageAddress.activity(activity.slug).path
        when = ActivityItem.when(activity.schedule, format: f)
        // A whole-day activity has a day, not a moment.
        start_iso = activity.schedule.isWholeDay ? activity.schedule.firstDay.description : activity.schedule.start.description
        place = activity.place
        markets = activity.marketIDs.isEmpty ? f.strings.text("activity.whole_regency")
            : activity.marketIDs.map { site.marketNames[$0] ?? $0 }.joined(separator: ", ")
        cancelled = activity.cancellation
        changed = activity.changeNote
    }

    /// `Kamis, 3 Desember 2026, 09.00–12.00 WIB`; several days as a period.
    static func when(_ schedule: ActivitySchedule, format f: LocalFormat) -> String {
        let days = schedule.firstDay == schedule.lastDay ? f.weekdayDate(schedule.firstDay)
            : f.strings.text("format.period", ["from": f.weekdayDate(schedule.firstDay), "to": f.weekdayDate(schedule.lastDay)])
        guard let start = schedule.startMinute else { return days }
        let time = f.clock(minute: start) + (schedule.endMinute.map { "–" + f.clock(minute: $0) } ?? "")
        let key = schedule.firstDay == schedule.lastDay ? "activity.time_range" : "activity.days_time_range"
        return f.strings.text(key, ["date": days, "period": days, "time": time])
    }
}

/// The calendar files of the programme, in the site's root (the same for both languages).
enum ProgrammeFiles {
    /// Every upcoming activity, for a phone to subscribe to.
    static let allUpcoming = "kegiatan/kegiatan.ics"
    static func calendar(_ slug: String) -> String { PageAddress.activity(slug).path + "\(slug).ics" }
}

/// `/kegiatan/`: upcoming activities soonest first, then past ones latest first.
struct ActivitiesPageContext: Encodable {
    let upcoming: [ActivityItem]
    let has_upcoming: Bool
    let upcoming_hidden: String?
    let past: [ActivityItem]
    let has_past: Bool
    let past_hidden: String?
    let calendar_url: String

    /// Activities listed at most, so the page stays small in a province; the rest keep their
    /// pages and are in the calendar file (upcoming) or simply older (past).
    static let upcomingShown = 100
    static let pastShown = 50

    init(site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let programme = site.programme
        let home = root + language.pathPrefix
        let item = { (index: Int) in ActivityItem(programme.activities[index], site: site, language: language, format: f, home: home) }
        upcoming = programme.upcoming.prefix(Self.upcomingShown).map(item)
        has_upcoming = !upcoming.isEmpty
        let later = programme.upcoming.count - upcoming.count
        upcoming_hidden = later > 0 ? f.strings.text("activity.upcoming_hidden", ["count": f.integer(later)]) : nil
        past = programme.past.prefix(Self.pastShown).map(item)
        has_past = !past.isEmpty
        let hidden = programme.past.count - past.count
        past_hidden = hidden > 0 ? f.strings.text("activity.past_hidden", ["count": f.integer(hidden)]) : nil
        calendar_url = root + ProgrammeFiles.allUpcoming
    }
}

/// `/kegiatan/<slug>/`: one activity with everything a trader needs to take part.
struct ActivityPageContext: Encodable {
    struct MarketLink: Encodable {
        let name: String
        let url: String

        /// Links to the pages of the markets `ids` names (an id the database lacks is shown as it is).
        static func links(_ ids: [String], site: SiteRenderInput, home: String) -> [MarketLink] {
            ids.map { MarketLink(name: site.marketNames[$0] ?? $0, url: home + PageAddress.market($0).path) }
        }
    }

    let item: ActivityItem
    let market_links: [MarketLink]
    let whole_regency: Bool
    let topic: String?
    let audience: String?
    let registration: String?
    let is_past: Bool
    let html: String
    let untranslated: Bool
    let content_lang: String
    let calendar_url: String
    let activities_url: String

    init(_ index: Int, site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let activity = site.programme.activities[index]
        let home = root + language.pathPrefix
        item = ActivityItem(activity, site: site, language: language, format: f, home: home)
        market_links = MarketLink.links(activity.marketIDs, site: site, home: home)
        whole_regency = activity.marketIDs.isEmpty
        topic = activity.topic
        audience = activity.audience
        registration = activity.registration
        is_past = activity.schedule.end <= site.report.asOf
        (html, untranslated, content_lang) = TranslatedBody.of(activity.html, english: activity.english, in: language)
        calendar_url = root + ProgrammeFiles.calendar(activity.slug)
        activities_url = home + PageAddress.activities.path
    }
}

/// One announcement in a list.
struct AnnouncementItem: Encodable {
    let title: String
    /// The language of the title and description (Indonesian when not translated).
    let title_lang: String
    let url: String
    let date: String
    let date_iso: String
    let description: String?
    let validity: String?

    init(_ announcement: Announcement, language: Language, format f: LocalFormat, home: String, today: CivilDate) {
        let english = language == .english ? announcement.english : nil
        title = english?.title ?? announcement.title
        title_lang = english == nil ? Language.indonesian.code : language.code
        url = home + PageAddress.announcement(announcement.slug).path
        date = f.date(announcement.date)
        date_iso = announcement.date.description
        description = english?.description ?? announcement.description
        validity = announcement.expires.map {
            f.strings.text(announcement.hasExpired(on: today) ? "announcement.expired" : "announcement.expires", ["date": f.date($0)])
        }
    }
}

/// `/pengumuman/`: current announcements newest first, then those that have ended.
struct AnnouncementsPageContext: Encodable {
    let current: [AnnouncementItem]
    let has_current: Bool
    let expired: [AnnouncementItem]
    let has_expired: Bool

    init(site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let programme = site.programme
        let today = site.report.asOf.wibDate
        let item = { (index: Int) in
            AnnouncementItem(programme.announcements[index], language: language, format: f, home: root + language.pathPrefix, today: today)
        }
        let current = Set(programme.current)
        self.current = programme.current.map(item)
        has_current = !self.current.isEmpty
        expired = programme.newestFirst.filter { !current.contains($0) }.map(item)
        has_expired = !expired.isEmpty
    }
}

/// `/pengumuman/<slug>/`.
struct AnnouncementPageContext: Encodable {
    let item: AnnouncementItem
    let html: String
    let untranslated: Bool
    let content_lang: String
    let market_links: [ActivityPageContext.MarketLink]
    let has_markets: Bool
    let announcements_url: String

    init(_ index: Int, site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let announcement = site.programme.announcements[index]
        let home = root + language.pathPrefix
        item = AnnouncementItem(announcement, language: language, format: f, home: home, today: site.report.asOf.wibDate)
        (html, untranslated, content_lang) = TranslatedBody.of(announcement.html, english: announcement.english, in: language)
        market_links = ActivityPageContext.MarketLink.links(announcement.marketIDs, site: site, home: home)
        has_markets = !market_links.isEmpty
        announcements_url = home + PageAddress.announcements.path
    }
}

/// What the home page and a market page show of the programme: the current announcements and the
/// next few activities, with links to the full lists. Nil when the site has no programme.
struct ProgrammeSummary: Encodable {
    let announcements: [AnnouncementItem]
    let has_announcements: Bool
    let activities: [ActivityItem]
    let has_activities: Bool
    let activities_url: String
    let announcements_url: String
    let has_any_activity: Bool
    let has_any_announcement: Bool

    static let shown = 3

    /// For the home page (`market` nil) or one market's page.
    init?(site: SiteRenderInput, market: String? = nil, language: Language, format f: LocalFormat, root: String) {
        let programme = site.programme
        guard !programme.isEmpty else { return nil }
        let home = root + language.pathPrefix
        let today = site.report.asOf.wibDate
        let next = market.map { programme.upcoming(forMarket: $0, limit: Self.shown) } ?? Array(programme.upcoming.prefix(Self.shown))
        activities = next.map { ActivityItem(programme.activities[$0], site: site, language: language, format: f, home: home) }
        has_activities = !activities.isEmpty
        // A market page shows the current announcements for it and for every market.
        let notices = programme.current.lazy.filter { index in market.map { programme.announcements[index].concerns(market: $0) } ?? true }
            .prefix(Self.shown)
        announcements = notices.map { AnnouncementItem(programme.announcements[$0], language: language, format: f, home: home, today: today) }
        has_announcements = !announcements.isEmpty
        activities_url = home + PageAddress.activities.path
        announcements_url = home + PageAddress.announcements.path
        has_any_activity = !programme.activities.isEmpty
        has_any_announcement = !programme.announcements.isEmpty
    }
}
