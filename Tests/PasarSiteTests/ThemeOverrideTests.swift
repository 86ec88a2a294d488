import Foundation
import Testing
import PasarCore
@testable import PasarSite

/// A site theme overrides any template, partial, string or asset of the default theme by path;
/// the most specific template wins.
@Suite struct ThemeOverrideTests {
    func siteWithOwnTheme() throws -> FixtureSite {
        let site = try FixtureSite()
        try site.write("name: uji\nextends: default\n", to: "themes/uji/theme.yml")
        try site.write("<aside class=\"cite\">KUTIPAN KHUSUS {{cite_url}}</aside>\n", to: "themes/uji/templates/partials/cite.mustache")
        try site.write("{{<base}}{{$content}}<h1>{{market.name}}</h1><p>TEMPLAT KHUSUS PASAR B</p>{{/content}}{{/base}}\n",
                       to: "themes/uji/templates/market-pasar-b.mustache")
        try site.write("overview:\n  heading: Pengaduan Pasar Kabupaten Uji\n", to: "themes/uji/strings/id.yml")
        try site.write("body { color: black; }\n", to: "themes/uji/assets/style.css")
        let config = try site.read("site.yml", in: site.root.appending(path: "content"))
        try site.write(config.replacingOccurrences(of: "theme: default", with: "theme: uji"), to: "content/site.yml")
        return site
    }

    @Test func templatesPartialsStringsAndAssetsAreOverriddenByPath() throws {
        let site = try siteWithOwnTheme()
        defer { site.remove() }
        _ = try Site.build(site.options())
        #expect(try site.read("pasar/pasar-b/index.html").contains("TEMPLAT KHUSUS PASAR B"))
        let pasarA = try site.read("pasar/pasar-a/index.html")
        #expect(!pasarA.contains("TEMPLAT KHUSUS") && pasarA.contains("KUTIPAN KHUSUS https://pasar.uji.example/pasar/pasar-a/"))
        #expect(try site.read("index.html").contains("<h1>Pengaduan Pasar Kabupaten Uji</h1>"))
        // Only the overridden string changes; the rest of the language, and the other language, stay.
        #expect(try site.read("index.html").contains("Semua pasar"))
        #expect(try site.read("en/index.html").contains("<h1>Complaint handling at the regency&#39;s markets</h1>"))
        #expect(try site.read("assets/style.css") == "body { color: black; }\n")
        #expect(try site.read("assets/site.js").contains("pencarian"))
    }

    @Test func aThemeMissingTemplatesOrExtendingInACircleIsRefused() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let config = try site.read("site.yml", in: site.root.appending(path: "content"))
        try site.write(config.replacingOccurrences(of: "theme: default", with: "theme: kosong"), to: "content/site.yml")
        try site.write("name: kosong\n", to: "themes/kosong/theme.yml")
        let missing = try #require(throws: PasarError.self) { try Site.build(site.options()) }
        #expect(missing.text.contains("theme \"kosong\" lacks the templates overview, market"))
        #expect(missing.text.contains("hint: add `extends: default`"))
        try site.write("extends: lain\n", to: "themes/kosong/theme.yml")
        try site.write("extends: kosong\n", to: "themes/lain/theme.yml")
        let circle = try #require(throws: PasarError.self) { try Site.build(site.options()) }
        #expect(circle.text.contains("themes extend each other in a circle"))
    }
}
