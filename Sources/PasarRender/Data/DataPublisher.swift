import Foundation
import PasarCore
import PasarSources
import ZIPFoundation

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
/// editions' files, the data package, the DCAT catalog, a compressed ZIP of every data file, and
/// SHA256SUMS files that `sha256sum -c` reads in the folder they sit in.
struct DataPublisher {
    let site: SiteRenderInput
    let texts: DataTexts
    let sink: any FileSink

    /// Publishes the aggregate `tables`; `streamed` are the complaint-level files already written.
    func publish(tables: [DataResource], streamed: [(resource: DataResource, file: WrittenFile)]) throws(PasarError) -> PublishedData {
        var files = streamed.map(\.file)
        do {
            for resource in tables {
                guard let table = resource.table, let jsonPath = resource.jsonPath else { continue }
                files.append(try sink.write(resource.csvPath, table.csv()))
                files.append(try sink.write(jsonPath, try twin(resource, table: table).encoded()))
            }
            let resources = tables + streamed.map(\.resource)
            let csv = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
            files.append(try sink.write("data/datapackage.json",
                                        try DataPackage.descriptor(resources, files: csv, site: site, texts: texts).encoded()))
            if site.config.baseURL != nil {
                files.append(try sink.write("data/catalog.jsonld", try CatalogMetadata.dcat(site, resources: resources, texts: texts).encoded()))
            }
            var editionFiles: [WrittenFile] = []
            for published in site.editions { editionFiles += try self.editionFiles(published.edition) }
            files.append(try zip(files + editionFiles))
            files.append(try sums(files, folder: "data/"))
            return PublishedData(resources: resources, files: (files + editionFiles).sorted { $0.path < $1.path })
        } catch let error as PasarError {
            throw error
        } catch {
            throw PasarError("cannot write the data files: \(error)")
        }
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
    /// cells; SHA256SUMS lists them in their folder.
    func editionFiles(_ edition: FrozenEdition) throws -> [WrittenFile] {
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
            written.append(try sink.write(folder + "\(name).json", try json.encoded()))
        }
        written.append(try sums(written, folder: folder))
        return written
    }

    /// `SHA256SUMS` for the files in `folder`, named relative to it.
    func sums(_ files: [WrittenFile], folder: String) throws(PasarError) -> WrittenFile {
        let lines = files.filter { $0.path.hasPrefix(folder) }.sorted { $0.path < $1.path }
            .map { "\($0.sha256)  \($0.path.dropFirst(folder.count))\n" }.joined()
        return try sink.write(folder + DataBundle.checksumsName, Data(lines.utf8))
    }

    /// Every data file in one deflate-compressed ZIP (through ZIPFoundation and zlib), read back from
    /// the staging folder a block at a time. Entries carry the as-of moment (WIB wall clock) as their
    /// time, so the same data give the same bytes.
    func zip(_ files: [WrittenFile]) throws -> WrittenFile {
        let path = "data/\(DataBundle.zipName)"
        let url = sink.location(of: path)
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        let modified = Date(timeIntervalSince1970: TimeInterval(site.report.asOf.seconds + Timestamp.wibOffset))
        for file in files.sorted(by: { $0.path < $1.path }) {
            let name = file.path.hasPrefix("data/") ? String(file.path.dropFirst("data/".count)) : file.path
            guard let handle = FileHandle(forReadingAtPath: sink.location(of: file.path).path) else {
                throw PasarError("cannot read the staged file back", at: .file(file.path))
            }
            defer { try? handle.close() }
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(file.bytes), modificationDate: modified,
                                 permissions: 0o644, compressionMethod: .deflate, bufferSize: 1 << 20) { _, size in
                try handle.read(upToCount: size) ?? Data()
            }
        }
        return try sink.adopt(path)
    }
}
