import Foundation
import PasarCore
import PasarSources

/// Writes the machine-readable side of the site: every table as CSV with its JSON twin, frozen
/// editions' files, the data package, the DCAT catalog, the feed, the sitemap, robots.txt, a zip of
/// all data files and their SHA-256 sums.
struct DataPublisher {
    let site: SiteRenderInput
    let resources: [DataResource]
    let texts: DataTexts

    func files(pages: [SiteRenderer.PreparedPage]) throws(PasarError) -> [OutputFile] {
        do {
            var data: [OutputFile] = []
            for resource in resources {
                data.append(OutputFile(path: resource.csvPath, contents: try resource.table.csv()))
                data.append(OutputFile(path: resource.jsonPath, contents: try twin(resource).encoded()))
            }
            for published in site.editions { data += try editionFiles(published.edition) }
            // Each file is hashed once, for the data package and for SHA256SUMS.
            let hashes = Dictionary(uniqueKeysWithValues: data.map { ($0.path, SHA256.hex(Array($0.contents))) })
            let csv = Dictionary(uniqueKeysWithValues: data.filter { $0.path.hasSuffix(".csv") }.map { ($0.path, ($0.contents.count, hashes[$0.path] ?? "")) })
            data.append(OutputFile(path: "data/datapackage.json",
                                   contents: try DataPackage.descriptor(resources, csv: csv, site: site, texts: texts).encoded()))
            var other: [OutputFile] = [OutputFile(path: "robots.txt", contents: Data(Sitemap.robots(site: site).utf8))]
            if site.config.baseURL != nil {
                data.append(OutputFile(path: "data/catalog.jsonld", contents: try CatalogMetadata.dcat(site, resources: resources, texts: texts).encoded()))
                let format = LocalFormat(language: .indonesian, strings: texts.indonesian)
                if let feed = AtomFeed.document(site, strings: texts.indonesian, format: format) {
                    other.append(OutputFile(path: "feed.xml", contents: Data(feed.utf8)))
                }
                if let sitemap = Sitemap.document(pages: pages, site: site) {
                    other.append(OutputFile(path: "sitemap.xml", contents: Data(sitemap.utf8)))
                }
            }
            data.sort { $0.path < $1.path }
            let zip = ZipArchive.stored(data.map { ($0.path, Array($0.contents)) }, modified: site.report.asOf)
            data.append(OutputFile(path: "data/\(DataBundle.zipName)", contents: Data(zip)))
            let sums = data.map { file in "\(hashes[file.path] ?? SHA256.hex(Array(file.contents)))  \(file.path)\n" }.joined()
            return data + other + [OutputFile(path: "data/\(DataBundle.checksumsName)", contents: Data(sums.utf8))]
        } catch let error as PasarError {
            throw error
        } catch {
            throw PasarError("cannot write the data files: \(error)")
        }
    }

    /// The JSON twin of a table: the same rows, with what they are and where they come from.
    func twin(_ resource: DataResource) -> JSONValue {
        .object([
            "resource": .string(resource.name),
            "title": .string("\(resource.title(texts.indonesian)) / \(resource.title(texts.english))"),
            "site": .string(site.config.title),
            "publisher": .string(site.config.office.name),
            "license": .object(["name": .string(site.config.license.name), "url": .string(site.config.license.url)]),
            "as_of": .string(site.report.asOf.description),
            "sample_data": .bool(site.isSample),
            "rows": .array(resource.table.jsonRows.map(JSONValue.object)),
        ])
    }

    /// An edition's CSV files are its frozen cells verbatim; the JSON twins are made from the same cells.
    func editionFiles(_ edition: FrozenEdition) throws -> [OutputFile] {
        let folder = PageAddress.edition(edition.edition).path
        func files(_ table: FrozenEdition.Table, name: String) throws -> [OutputFile] {
            let data = DataTable(columns: table.columns, rows: table.rows.map { $0.map(DataTable.Cell.text) })
            let json = JSONValue.object([
                "edition": .string(edition.edition), "as_of": .string(edition.asOf), "title": .string(edition.title),
                "publisher": .string(edition.office), "checksum": .string(edition.checksum),
                "rows": .array(table.records.map { record in
                    .object(Dictionary(uniqueKeysWithValues: record.map { ($0.key, MarketTable.json(cell: $0.value, column: $0.key)) }))
                }),
            ])
            return [OutputFile(path: folder + "\(name).csv", contents: try data.csv()),
                    OutputFile(path: folder + "\(name).json", contents: try json.encoded())]
        }
        return try files(edition.markets, name: "markets") + files(edition.categories, name: "categories")
    }
}
