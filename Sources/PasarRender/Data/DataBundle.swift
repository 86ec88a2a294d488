import Dispatch
import Foundation
import PasarCore
import ZIPFoundation

/// The one-click bundle of the data files (CSV, descriptions, editions): a deflate-compressed ZIP made with ZIPFoundation (zlib),
/// on a thread of its own. Compressing a province's complaint files is the largest single piece of
/// work in a build, so it starts as soon as those files are written and runs while the figures and
/// pages are made; the rest of the data files are added when they exist.
public final class DataBundle: @unchecked Sendable {
    public static let zipName = "pasar-terbuka-data.zip"
    public static let checksumsName = "SHA256SUMS"
    static let path = "data/\(zipName)"

    private let sink: any FileSink
    private let modified: Date
    /// Runs the archive's work in order, one entry at a time.
    private let queue = DispatchQueue(label: "pasar.data-bundle")
    // Touched only on `queue`.
    private var archive: Archive?
    private var failure: (any Error)?

    /// Starts the ZIP; entries carry the as-of moment (WIB wall clock) as their time, so the same
    /// data give the same bytes.
    public init(sink: any FileSink, asOf: Timestamp) {
        self.sink = sink
        modified = Date(timeIntervalSince1970: TimeInterval(asOf.seconds + Timestamp.wibOffset))
    }

    /// Queues `files` (already written to the sink) to be compressed into the ZIP, in this order.
    public func add(_ files: [WrittenFile]) {
        queue.async { [self] in
            guard failure == nil else { return }
            do {
                let archive = try self.archive ?? Archive(url: sink.location(of: Self.path), accessMode: .create)
                self.archive = archive
                for file in files { try add(file, to: archive) }
            } catch {
                failure = error
            }
        }
    }

    /// Waits until every file queued so far has been compressed.
    public func waitForQueuedFiles() { queue.sync {} }

    /// Waits for every queued file, closes the ZIP and registers it with the sink.
    public func finish() throws(PasarError) -> WrittenFile {
        let result: Result<Void, any Error> = queue.sync {
            if let failure { return .failure(failure) }
            // No data files at all: still publish a (valid, empty) ZIP.
            let made = archive.map { Result<Archive, any Error>.success($0) } ?? Result { try Archive(url: sink.location(of: Self.path), accessMode: .create) }
            archive = nil  // ZIPFoundation has written the central directory after each entry
            return made.map { _ in () }
        }
        if case let .failure(error) = result {
            throw PasarError("cannot write the ZIP of the data files: \(error)", at: .file(Self.path))
        }
        return try sink.adopt(Self.path)
    }

    /// One entry, read back from the staged file a block at a time. Files under `data/` are named
    /// relative to it; edition files keep their `edisi/YYYY-MM/` folder.
    private func add(_ file: WrittenFile, to archive: Archive) throws {
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
}
