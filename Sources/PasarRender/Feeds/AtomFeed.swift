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
        func tag(_ date: CivilDate, _ path: String) -> String { "tag:\(host),\(date):\(path)" }
        var entries: [Entry] = site.editions.compactMap { published in
            let edition = published.edition
            guard let asOf = try? Timestamp.parse(edition.asOf).get(), let month = edition.month else { return nil }
            let label = format.monthName(month)
            return Entry(
                id: tag(asOf.wibDate, "edisi/\(edition.edition)"),
                title: strings.text("editions.edition_title", ["month": label]),
                updated: asOf, link: base + PageAddress.edition(edition.edition).path,
                summary: strings.text("feed.edition_summary", ["month": label]))
        }
        for announcement in site.programme.announcements {
            let path = PageAddress.announcement(announcement.slug).path
            entries.append(Entry(
                id: tag(announcement.date, path), title: announcement.title, updated: announcement.date.startInWIB,
                link: base + path, summary: announcement.description ?? announcement.title, html: announcement.html))
        }
        let documents = [site.regencyStandard] + site.marketDocuments.values.sorted { $0.path < $1.path }
        let today = site.report.asOf.wibDate
        for document in documents {
            let page = document.marketID.map { PageAddress.market($0) } ?? PageAddress.regencyStandard
            // A version is news on the day it takes effect (announced ones appear then).
            for effective in document.history.changeDays where effective <= today {
                entries.append(Entry(
                    id: tag(effective, "standar/\(document.marketID ?? "kabupaten")/berlaku"),
                    title: strings.text("feed.standard_change_title", ["title": document.title]),
                    updated: effective.startInWIB, link: base + page.path + "#standar",
                    summary: strings.text("feed.standard_change_summary", ["title": document.title, "date": format.date(effective)])))
            }
            guard let reviewed = document.lastReviewed else { continue }
            entries.append(Entry(
                id: tag(reviewed, "standar/\(document.marketID ?? "kabupaten")"),
                title: strings.text("feed.standard_title", ["title": document.title]),
                updated: reviewed.startInWIB, link: base + page.path,
                summary: strings.text("feed.standard_summary", ["title": document.title, "date": format.date(reviewed)])))
        }
        entries.sort { ($0.updated, $0.id) > ($1.updated, $1.id) }
        let updated = entries.map(\.updated).max() ?? site.report.asOf
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
            <id>\(XMLText.escape(base))</id>
            <title>\(XMLText.escape(site.config.title))</title>
            <subtitle>\(XMLText.escape(strings.text("feed.subtitle")))</subtitle>
            <updated>\(updated)</updated>
            <link rel="self" type="application/atom+xml" href="\(XMLText.escape(base + "feed.xml"))"/>
            <link rel="alternate" type="text/html" href="\(XMLText.escape(base))"/>
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
        if let sitemap = Sitemap.document(pages: pages, site: site) {
            files.append(try sink.write("sitemap.xml", Data(sitemap.utf8)))
        }
        return files
    }
}
