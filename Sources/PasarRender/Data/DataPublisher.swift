import Foundation
import PasarCore
import PasarSources

/// The data files as published: every table with its file, and every file with its size and checksum.
public struct PublishedData: Sendable {
    /// Every table, aggregate ones first, then the complaint-level files by year.
    public let resources: [DataResource]
    /// Every file written under `data/` and in the editions' folders, sorted by path.
    public let files: [WrittenFile]

    public init(resources: [DataResource], files: [WrittenFile]) {
        self.resources = resources
        self.files = files
    }

    public func file(_ path: String) -> WrittenFile? { files.first { $0.path == path } }
}

/// Writes the machine-readable side of the site: the aggregate tables as CSV with JSON twins, frozen
/// editions' files, the data package and the DCAT catalog, all handed to the ZIP bundle; then, once
/// the bundle is done, SHA256SUMS files that `sha256sum -c` reads in the folder they sit in.
struct DataPublisher {
    let site: SiteRenderInput
    let texts: DataTexts
    let sink: any FileSink

    /// Publishes the aggregate `tables` and queues them for `bundle`; `streamed` are the complaint-level
    /// files already written (and already queued). Call `finish` for the ZIP and the checksums.
    func publish(tables: [DataResource], streamed: [(resource: DataResource, file: WrittenFile)], bundle: DataBundle) throws(PasarError) -> PublishedData {
        var files: [WrittenFile] = []
        do {
            for resource in tables {
                guard let table = resource.table, let jsonPath = resource.jsonPath else { continue }
                files.append(try sink.write(resource.csvPath, table.csv()))
                files.append(try sink.write(jsonPath, twin(resource, table: table).compactEncoded()))
            }
            let resources = tables + streamed.map(\.resource)
            let csv = Dictionary(uniqueKeysWithValues: (streamed.map(\.file) + files).map { ($0.path, $0) })
            files.append(try sink.write("data/datapackage.json",
                                        DataPackage.descriptor(resources, files: csv, site: site, texts: texts).encoded()))
            if site.config.baseURL != nil {
                files.append(try sink.write("data/catalog.jsonld", CatalogMetadata.dcat(site, resources: resources, texts: texts).encoded()))
            }
            for published in site.editions { files += try self.editionFiles(published) }
            // The ZIP holds the CSV files and their descriptions, not the JSON twins: the same rows
            // again would only lengthen the download and the build's longest piece of work.
            bundle.add(files.filter(Self.isBundled).sorted { $0.path < $1.path })
            return PublishedData(resources: resources, files: (streamed.map(\.file) + files).sorted { $0.path < $1.path })
        } catch let error as PasarError {
            throw error
        } catch {
            throw PasarError("cannot write the data files: \(error)")
        }
    }

    /// Whether a data file goes into the ZIP: everything but the JSON twins of `data/`'s tables (an
    /// edition's folder goes in whole, so its SHA256SUMS checks after unpacking).
    static func isBundled(_ file: WrittenFile) -> Bool {
        !(file.path.hasPrefix("data/") && file.path.hasSuffix(".json")) || file.path == "data/datapackage.json"
    }

    /// The JSON twin of a table: the same rows, with what they are and where they come from.
    func twin(_ resource: DataResource, table: DataTable) -> JSONValue {
        .object([
            "resource": .string(resource.name),
            "title": .string("\(resource.title(texts.indonesian)) / \(resource.title(texts.english))"),
            "site": .string(site.config.title),
            "publisher": .string(site.config.office.name),
            "license": .object(["name": .string(site.config.license.name), "url": .string(site.config.license.url)]),
            "as_of": .string(site.report.asOf.description),
            "sample_data": .bool(site.isSample),
            "rows": .array(table.jsonRows.map(JSONValue.object)),
        ])
    }

    /// An edition's CSV files are its frozen cells verbatim; the JSON twins are made from the same
    /// cells; SHA256SUMS lists them in their folder. Beside them, revisions.csv: every figure that
    /// today's recomputation gives differently (outside SHA256SUMS, which never changes).
    func editionFiles(_ published: PublishedEdition) throws -> [WrittenFile] {
        let edition = published.edition
        let folder = PageAddress.edition(edition.edition).path
        var written: [WrittenFile] = []
        for (table, name) in [(edition.markets, "markets"), (edition.categories, "categories")] {
            let data = DataTable(columns: table.columns, rows: table.rows.map { $0.map(DataTable.Cell.text) })
            let json = JSONValue.object([
                "edition": .string(edition.edition), "as_of": .string(edition.asOf), "title": .string(edition.title),
                "publisher": .string(edition.office), "checksum": .string(edition.checksum),
                "rows": .array(table.records.map { record in
                    .object(Dictionary(uniqueKeysWithValues: record.map { ($0.key, FigureTables.json(cell: $0.value, column: $0.key)) }))
                }),
            ])
            written.append(try sink.write(folder + "\(name).csv", data.csv()))
            written.append(try sink.write(folder + "\(name).json", json.encoded()))
        }
        let recomputedAsOf = site.report.asOf.description
        let revisions = DataTable(columns: EditionFiles.revisionColumns, rows: published.revisions.map { r in
            [r.kind.rawValue, r.id, r.scope, r.column, r.frozen, r.current, edition.asOf, recomputedAsOf].map(DataTable.Cell.text)
        })
        let sums = try sums(written, folder: folder)
        return written + [sums, try sink.write(folder + EditionFiles.revisions, revisions.csv())]
    }

    /// Waits for the ZIP, then writes `data/SHA256SUMS`; the data files as finally published.
    func finish(_ data: PublishedData, bundle: DataBundle) throws(PasarError) -> PublishedData {
        var files = data.files
        files.append(try bundle.finish())
        files.append(try sums(files, folder: "data/"))
        return PublishedData(resources: data.resources, files: files.sorted { $0.path < $1.path })
    }

    /// `SHA256SUMS` for the files in `folder`, named relative to it.
    func sums(_ files: [WrittenFile], folder: String) throws(PasarError) -> WrittenFile {
        let lines = files.filter { $0.path.hasPrefix(folder) }.sorted { $0.path < $1.path }
            .map { "\($0.sha256)  \($0.path.dropFirst(folder.count))\n" }.joined()
        return try sink.write(folder + DataBundle.checksumsName, Data(lines.utf8))
    }


}
