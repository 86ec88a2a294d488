import Foundation
import PasarCore
import PasarSources

/// The Atom feed (RFC 4287) at `/feed.xml`: one entry per frozen edition, per standard document
/// review, per new version of a standard taking effect and per announcement, newest first. Entry ids are tag URIs (RFC 4151) that never change for the same event.
enum AtomFeed {
    struct Entry {
        let id: String
        let title: String
        let updated: Timestamp
        let link: String
        let summary: String
        /// The entry's full text as HTML (announcements).
        var html: String? = nil
    }

    static func document(_ site: SiteRenderInput, strings: StringTable, format: LocalFormat) -> String? {
        guard let base = site.config.baseURL, let host = URL(string: base)?.host() else { return nil }
        var entries: [Entry] = site.editions.compactMap { published in
            let edition = published.edition
            guard let asOf = try? Timestamp.parse(edition.asOf).get(), let month = edition.month else { return nil }
            let label = format.monthName(month)
            return Entry(
                id: tag(host, asOf.wibDate, "edisi/\(edition.edition)"),
                title: strings.text("editions.edition_title", ["month": label]),
                updated: asOf, link: base + PageAddress.edition(edition.edition).path,
                summary: strings.text("feed.edition_summary", ["month": label]))
        }
        entries += site.programme.announcements.map { announcementEntry($0, base: base, host: host) }
        let documents = [site.regencyStandard] + site.marketDocuments.values.sorted { $0.path < $1.path }
        for document in documents {
            entries += standardEntries(document, site: site, base: base, host: host, strings: strings, format: format)
        }
        return xml(id: base, title: site.config.title, subtitle: strings.text("feed.subtitle"), selfURL: base + "feed.xml",
                   page: base, site: site, entries: entries)
    }

    /// A tag URI (RFC 4151): the same event always has the same id.
    static func tag(_ host: String, _ date: CivilDate, _ path: String) -> String { "tag:\(host),\(date):\(path)" }

    static func announcementEntry(_ announcement: Announcement, base: String, host: String) -> Entry {
        let path = PageAddress.announcement(announcement.slug).path
        return Entry(id: tag(host, announcement.date, path), title: announcement.title, updated: announcement.date.startInWIB,
                     link: base + path, summary: announcement.description ?? announcement.title, html: announcement.html)
    }

    /// A standard document's reviews and the days its new versions take effect (up to the as-of day).
    static func standardEntries(_ document: StandardDocument, site: SiteRenderInput, base: String, host: String,
                                strings: StringTable, format: LocalFormat) -> [Entry] {
        let page = document.marketID.map { PageAddress.market($0) } ?? PageAddress.regencyStandard
        let today = site.report.asOf.wibDate
        // A version is news on the day it takes effect (announced ones appear then).
        var entries = document.history.changeDays.filter { $0 <= today }.map { effective in
            Entry(id: tag(host, effective, "standar/\(document.marketID ?? "kabupaten")/berlaku"),
                  title: strings.text("feed.standard_change_title", ["title": document.title]),
                  updated: effective.startInWIB, link: base + page.path + "#standar",
                  summary: strings.text("feed.standard_change_summary", ["title": document.title, "date": format.date(effective)]))
        }
        if let reviewed = document.lastReviewed {
            entries.append(Entry(
                id: tag(host, reviewed, "standar/\(document.marketID ?? "kabupaten")"),
                title: strings.text("feed.standard_title", ["title": document.title]),
                updated: reviewed.startInWIB, link: base + page.path,
                summary: strings.text("feed.standard_summary", ["title": document.title, "date": format.date(reviewed)])))
        }
        return entries
    }

    /// The feed document, entries newest first.
    static func xml(id: String, title: String, subtitle: String, selfURL: String, page: String, site: SiteRenderInput, entries: [Entry]) -> String {
        let entries = entries.sorted { ($0.updated, $0.id) > ($1.updated, $1.id) }
        let updated = entries.map(\.updated).max() ?? site.report.asOf
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
            <id>\(XMLText.escape(id))</id>
            <title>\(XMLText.escape(title))</title>
            <subtitle>\(XMLText.escape(subtitle))</subtitle>
            <updated>\(updated)</updated>
            <link rel="self" type="application/atom+xml" href="\(XMLText.escape(selfURL))"/>
            <link rel="alternate" type="text/html" href="\(XMLText.escape(page))"/>
            <author><name>\(XMLText.escape(site.config.office.name))</name></author>
            <rights>\(XMLText.escape(site.config.license.name))</rights>

            """
        for entry in entries {
            xml += """
                <entry>
                <id>\(XMLText.escape(entry.id))</id>
                <title>\(XMLText.escape(entry.title))</title>
                <updated>\(entry.updated)</updated>
                <link rel="alternate" type="text/html" href="\(XMLText.escape(entry.link))"/>
                <summary>\(XMLText.escape(entry.summary))</summary>\(entry.html.map { "\n<content type=\"html\">\(XMLText.escape($0))</content>" } ?? "")
                </entry>

                """
        }
        return xml + "</feed>\n"
    }
}

/// `sitemap.xml` (sitemaps.org 0.9) listing every page in both languages, and `robots.txt` pointing to it.
enum Sitemap {
    static func document(pages: [PlannedPage], site: SiteRenderInput) -> String? {
        guard let base = site.config.baseURL else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.filter({ $0.path.hasSuffix("index.html") }).sorted(by: { $0.path < $1.path }) {
            let path = String(page.path.dropLast("index.html".count))
            let modified = page.modified ?? site.report.asOf
            xml += "<url><loc>\(XMLText.escape(base + path))</loc><lastmod>\(modified.wibDate)</lastmod></url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(site: SiteRenderInput) -> String {
        "User-agent: *\nAllow: /\n" + (site.config.baseURL.map { "Sitemap: \($0)sitemap.xml\n" } ?? "")
    }
}

/// The site-wide files beside the pages: `robots.txt`, the market search index, and with a base_url
/// the feed and the sitemap.
enum SiteFiles {
    static func write(_ site: SiteRenderInput, pages: [PlannedPage], texts: DataTexts, into sink: any FileSink) throws(PasarError) -> [WrittenFile] {
        var files = [try sink.write("robots.txt", Data(Sitemap.robots(site: site).utf8)),
                     try sink.write(SearchIndex.path, Data(SearchIndex.json(site.report).utf8))]
        let format = LocalFormat(language: .indonesian, strings: texts.indonesian)
        files += try ProgrammeCalendars.write(site, strings: texts.indonesian, into: sink)
        if let feed = AtomFeed.document(site, strings: texts.indonesian, format: format) {
            files.append(try sink.write("feed.xml", Data(feed.utf8)))
        }
        for feed in MarketFeed.documents(site, strings: texts.indonesian, format: format) {
            files.append(try sink.write(feed.path, Data(feed.xml.utf8)))
        }
        if let sitemap = Sitemap.document(pages: pages, site: site) {
            files.append(try sink.write("sitemap.xml", Data(sitemap.utf8)))
        }
        return files
    }
}
