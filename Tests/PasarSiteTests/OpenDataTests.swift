import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import PasarCore
@testable import PasarRender
@testable import PasarSite

/// The sample portal's open data, checked with the reference validators and parsers.
@Suite struct OpenDataTests {
    var output: URL { get throws { try SamplePortalTests.built.get().output } }

    @Test func theDataPackagePassesFrictionlessValidate() throws {
        let result = try ExternalTool.run("frictionless", ["validate", "--json", try output.appending(path: "data/datapackage.json").path])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "\(result.output)")
        #expect(report["valid"] as? Bool == true, "\(result.output.prefix(3000))")
        let tasks = try #require(report["tasks"] as? [[String: Any]])
        #expect(tasks.count == 13)  // 9 aggregate tables and the complaints of 2024, 2025, 2026 and without a date
        #expect(result.status == 0)
    }

    @Test func theSitemapValidatesAgainstTheSitemapsSchema() throws {
        let schema = FixtureSite.fixtures.appending(path: "sitemap-0.9.xsd").path
        let result = try ExternalTool.run("xmllint", ["--noout", "--schema", schema, try output.appending(path: "sitemap.xml").path])
        #expect(result.status == 0, "\(result.output)")
        let sitemap = try String(contentsOf: try output.appending(path: "sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://pasar.sukamaju.example/pasar/pasar-cikalong/</loc><lastmod>2026-11-20</lastmod>"))
        #expect(sitemap.contains("<loc>https://pasar.sukamaju.example/en/edisi/2026-10/</loc><lastmod>2026-10-31</lastmod>"))
        #expect(!sitemap.contains("404"))
        let robots = try String(contentsOf: try output.appending(path: "robots.txt"), encoding: .utf8)
        #expect(robots.contains("Sitemap: https://pasar.sukamaju.example/sitemap.xml"))
    }

    @Test func theFeedParsesAndCarriesTheRequiredAtomElements() throws {
        let data = try Data(contentsOf: try output.appending(path: "feed.xml"))
        let feed = AtomReader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = feed
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(feed.root == "http://www.w3.org/2005/Atom feed")
        for element in ["id", "title", "updated", "author/name"] { #expect(feed.feed[element]?.isEmpty == false, "feed lacks \(element)") }
        #expect(feed.links.contains { $0["rel"] == "self" && $0["href"] == "https://pasar.sukamaju.example/feed.xml" })
        // Two editions, thirteen standard documents, Pasar Cikalong's new version, three announcements.
        #expect(feed.entries.count == 19)
        for entry in feed.entries {
            for element in ["id", "title", "updated"] { #expect(entry[element]?.isEmpty == false, "entry lacks \(element)") }
            #expect(entry["id"]?.hasPrefix("tag:pasar.sukamaju.example,") == true)
            #expect(entry["updated"].map { (try? Timestamp.parse($0).get()) != nil } == true)
        }
        #expect(Set(feed.entries.compactMap { $0["id"] }).count == feed.entries.count)
        // Newest first: the announcements of 18 and 2 November, the version in force from 1 November
        // 2026, then the October edition.
        let titles = feed.entries.prefix(4).map { $0["title"] ?? "" }
        #expect(titles == ["Kerja bakti Pasar Cikalong dan Pasar Sukasari diundur ke 6 Desember", "Retribusi harian selalu dengan karcis",
                           "Batas waktu baru berlaku: Standar Pelayanan Pasar Cikalong", "Edisi Oktober 2026"])
        #expect(feed.entries.first?["updated"] == "2026-11-18T00:00:00+07:00")
        #expect(feed.entries.dropFirst(2).first?["updated"] == "2026-11-01T00:00:00+07:00")
    }

    @Test func theDCATCatalogIsReadableRDF() throws {
        let script = """
            import json, sys, rdflib
            g = rdflib.Graph().parse(sys.argv[1], format="json-ld")
            DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
            datasets = list(g.subjects(rdflib.RDF.type, DCAT.Dataset))
            dists = list(g.objects(datasets[0], DCAT.distribution)) if datasets else []
            urls = [str(u) for d in dists for u in g.objects(d, DCAT.downloadURL)]
            print(json.dumps({"datasets": len(datasets), "distributions": len(dists), "urls": urls}))
            """
        let result = try ExternalTool.run("python", ["-c", script, try output.appending(path: "data/catalog.jsonld").path])
        #expect(result.status == 0, "\(result.output)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(summary["datasets"] as? Int == 1)
        #expect(summary["distributions"] as? Int == 24)  // 9 tables × CSV and JSON, 4 complaint files (CSV only), the data package, the zip
        let urls = try #require(summary["urls"] as? [String])
        #expect(urls.allSatisfy { $0.hasPrefix("https://pasar.sukamaju.example/data/") })
    }

    @Test func theZipHoldsEveryCSVFileAndTheChecksumsVerify() throws {
        let folder = try output
        let script = """
            import json, sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            print(json.dumps({"bad": z.testzip(), "names": z.namelist(),
                              "deflated": all(i.compress_type == zipfile.ZIP_DEFLATED for i in z.infolist()),
                              "ratio": sum(i.compress_size for i in z.infolist()) / sum(i.file_size for i in z.infolist())}))
            """
        let result = try ExternalTool.run("python", ["-c", script, folder.appending(path: "data/pasar-terbuka-data.zip").path])
        let listing = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "\(result.output)")
        #expect(listing["bad"] is NSNull)
        let names = try #require(listing["names"] as? [String])
        #expect(names.contains("complaints-2025.csv") && names.contains("datapackage.json") && names.contains("edisi/2026-10/markets.csv"))
        #expect(!names.contains(DataBundle.zipName) && !names.contains(DataBundle.checksumsName))
        // The tables' JSON twins stay out (the same rows as their CSV); an edition's folder goes in whole.
        #expect(names.contains("markets.csv") && !names.contains("markets.json") && !names.contains("monthly.json"))
        #expect(names.contains("edisi/2026-10/markets.json") && names.contains("edisi/2026-10/SHA256SUMS"))
        let publishedCSV = try FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "data").path).filter { $0.hasSuffix(".csv") }
        #expect(Set(publishedCSV).isSubset(of: Set(names)))
        // Compressed with deflate: the data shrink to well under half.
        #expect(listing["deflated"] as? Bool == true)
        #expect((listing["ratio"] as? Double ?? 1) < 0.5)
        // Each SHA256SUMS names files relative to its own folder, as sha256sum -c expects after a download.
        for sumsFolder in ["data", "edisi/2026-10"] {
            let sums = try ExternalTool.run("sha256sum", ["--check", "--strict", "SHA256SUMS"], in: folder.appending(path: sumsFolder))
            #expect(sums.status == 0, "\(sums.output)")
        }
        let dataSums = try ExternalTool.run("sha256sum", ["--check", "--strict", "SHA256SUMS"], in: folder.appending(path: "data"))
        #expect(dataSums.output.contains("pasar-terbuka-data.zip: OK") && dataSums.output.contains("complaints-2025.csv: OK"))
    }

    @Test func overviewAndMarketPagesDescribeTheDatasetForSearchEngines() throws {
        for path in ["index.html", "pasar/pasar-cikalong/index.html"] {
            let html = try String(contentsOf: try output.appending(path: path), encoding: .utf8)
            let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
            let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
            let json = try #require(try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
            #expect(json["@type"] as? String == "Dataset")
            for key in ["name", "description", "temporalCoverage", "spatialCoverage", "license", "distribution", "dateModified"] {
                #expect(json[key] != nil, "\(path) lacks \(key)")
            }
            #expect(json["temporalCoverage"] as? String == "2024-12-01/2026-11-20")
            // A market's dataset points to the regency's, which alone repeats the keywords and publisher.
            let isMarket = path.hasPrefix("pasar/")
            #expect((json["isPartOf"] as? String == "https://pasar.sukamaju.example/") == isMarket)
            #expect((json["keywords"] == nil) == isMarket)
        }
    }
}

/// Collects an Atom document's feed-level elements, links and entries.
final class AtomReader: NSObject, XMLParserDelegate {
    var root = ""
    var feed: [String: String] = [:]
    var links: [[String: String]] = []
    var entries: [[String: String]] = []
    private var path: [String] = []
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if path.isEmpty { root = "\(namespaceURI ?? "") \(name)" }
        path.append(name)
        text = ""
        if name == "entry" { entries.append([:]) }
        if name == "link", path.count == 2 { links.append(attributes) }
        if name == "link", path.count == 3, entries.indices.contains(entries.count - 1) { entries[entries.count - 1]["link"] = attributes["href"] }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let key = path.dropFirst(path.count > 2 && path[1] == "entry" ? 2 : 1).joined(separator: "/")
        if path.count >= 3, path[1] == "entry" {
            entries[entries.count - 1][key] = text
        } else if path.count >= 2 {
            feed[key] = text
        }
        path.removeLast()
    }
}
