import Foundation
import Testing
@testable import PasarRender
@testable import PasarSite

/// docs/data.md must document every published file and column.
@Suite struct DocumentationTests {
    @Test func everyPublishedFileAndColumnIsDocumented() throws {
        let docs = try String(contentsOf: FixtureSite.repository.appending(path: "docs/data.md"), encoding: .utf8)
        let built = try SamplePortalTests.built.get()
        let input = try Site.prepare(built.options).input
        for resource in OpenData.resources(input.report) {
            #expect(docs.contains("/data/\(resource.name).csv"), "\(resource.name).csv is not documented")
            for column in resource.columns {
                #expect(docs.contains("| `\(column)` |"), "column \(column) of \(resource.name) is not documented")
            }
        }
        #expect(docs.contains("/data/complaints-YYYY.csv"), "the complaint files are not documented")
        for column in ComplaintFiles.columns {
            #expect(docs.contains("| `\(column)` |"), "column \(column) of the complaint files is not documented")
        }
        for file in ["datapackage.json", "catalog.jsonld", "SHA256SUMS", DataBundle.zipName, "feed.xml", "sitemap.xml", "robots.txt"] {
            #expect(docs.contains("`\(file)`"), "\(file) is not documented")
        }
    }
}
