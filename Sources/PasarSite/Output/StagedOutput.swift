import Foundation
import Glibc
import PasarCore
import PasarRender
import PasarSources
import Synchronization

/// The new site being written into a staging folder beside the output. A file whose bytes equal the
/// previous build's is hard-linked from it instead of written, so it keeps its modification time
/// (rsync and CDN uploads skip it) and costs no disk writes. Safe to use from several threads.
final class StagedOutput: FileSink {
    let folder: URL
    fileprivate let folderPath: String
    /// The previous site and what it held, to link unchanged files from.
    private let previous: (path: String, manifest: OutputManifest)?
    private let state = Mutex(State())

    struct State {
        var files: [String: WrittenFile] = [:]
        var madeFolders: Set<String> = []
        var written = 0
        var kept = 0
        var bytesWritten = 0
    }

    /// Files written and files kept from the previous build, and the bytes written.
    var counts: (written: Int, kept: Int, bytes: Int) { state.withLock { ($0.written, $0.kept, $0.bytesWritten) } }
    var files: [WrittenFile] { state.withLock { $0.files.values.sorted { $0.path < $1.path } } }

    init(folder: URL, previous: (url: URL, manifest: OutputManifest)?) {
        self.folder = folder
        folderPath = folder.path
        self.previous = previous.map { ($0.url.path, $0.manifest) }
    }

    func location(of path: String) -> URL {
        // The writer that asks makes the file itself, so its folder must be there (a site without
        // complaints has no other file in data/ before the ZIP).
        try? makeParent(of: path)
        return URL(filePath: folderPath + "/" + path)
    }

    func write(_ path: String, _ contents: Data) throws(PasarError) -> WrittenFile {
        let file = WrittenFile(path: path, bytes: contents.count, sha256: Digest.hex(contents))
        let target = folderPath + "/" + path
        try makeParent(of: path)
        if keep(file, at: target) { return record(file, kept: true) }
        let written = contents.withUnsafeBytes { bytes in StagedOutput.writeAll(bytes, to: target) }
        guard written else { throw PasarError("cannot write the file: \(String(cString: strerror(errno)))", at: .file(target)) }
        return record(file, kept: false)
    }

    func open(_ path: String) throws(PasarError) -> any StreamedFile {
        try makeParent(of: path)
        let target = folderPath + "/" + path
        let descriptor = Glibc.open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PasarError("cannot create the file: \(String(cString: strerror(errno)))", at: .file(target)) }
        return Stream(output: self, path: path, descriptor: descriptor)
    }

    func adopt(_ path: String) throws(PasarError) -> WrittenFile {
        let url = location(of: path)
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw PasarError("the file was not made", at: .file(path)) }
        let file = WrittenFile(path: path, bytes: Int(info.st_size), sha256: try Digest.hex(file: url, shownAs: path))
        return record(file, kept: replaceWithPrevious(file, at: url.path))
    }

    private func matchesPrevious(_ file: WrittenFile) -> Bool {
        guard let entry = previous?.manifest.files[file.path] else { return false }
        return entry.sha256 == file.sha256 && entry.bytes == file.bytes
    }

    /// The previous build's copy of `file` when it still has the same size; nil otherwise.
    private func previousCopy(of file: WrittenFile) -> String? {
        guard let previous, matchesPrevious(file) else { return nil }
        let source = previous.path + "/" + file.path
        var info = stat()
        guard stat(source, &info) == 0, Int(info.st_size) == file.bytes else { return nil }
        return source
    }

    /// Links the previous build's file in place of one not yet written; false when there is none.
    private func keep(_ file: WrittenFile, at target: String) -> Bool {
        guard let source = previousCopy(of: file) else { return false }
        return link(source, target) == 0
    }

    /// Replaces a file already written by a link to the previous build's identical one (link beside
    /// it, then rename over it, so the file is never missing); false when it stays as written.
    fileprivate func replaceWithPrevious(_ file: WrittenFile, at target: String) -> Bool {
        guard let source = previousCopy(of: file) else { return false }
        let temporary = target + ".pasar-link"
        guard link(source, temporary) == 0 else { return false }
        guard rename(temporary, target) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    fileprivate func record(_ file: WrittenFile, kept: Bool) -> WrittenFile {
        state.withLock { state in
            state.files[file.path] = file
            if kept { state.kept += 1 } else { state.written += 1; state.bytesWritten += file.bytes }
        }
        return file
    }

    private func makeParent(of path: String) throws(PasarError) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let parent = String(path[..<slash])
        if state.withLock({ $0.madeFolders.contains(parent) }) { return }
        var made = folderPath
        for component in parent.split(separator: "/") {
            made += "/" + component
            if mkdir(made, 0o755) != 0, errno != EEXIST {
                throw PasarError("cannot create the folder: \(String(cString: strerror(errno)))", at: .file(made))
            }
        }
        state.withLock { _ = $0.madeFolders.insert(parent) }
    }

    static func writeAll(_ bytes: UnsafeRawBufferPointer, to path: String) -> Bool {
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return writeAll(bytes, descriptor: descriptor)
    }

    static func writeAll(_ bytes: UnsafeRawBufferPointer, descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = Glibc.write(descriptor, bytes.baseAddress?.advanced(by: offset), bytes.count - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    /// A large file written in blocks, hashed on the way.
    final class Stream: StreamedFile {
        let output: StagedOutput
        let path: String
        var descriptor: Int32
        var digest = Digest()
        var bytes = 0

        init(output: StagedOutput, path: String, descriptor: Int32) {
            self.output = output
            self.path = path
            self.descriptor = descriptor
        }

        deinit { if descriptor >= 0 { Glibc.close(descriptor) } }

        func write(_ block: [UInt8]) throws(PasarError) {
            let ok = block.withUnsafeBytes { raw in
                digest.update(raw)
                return StagedOutput.writeAll(raw, descriptor: descriptor)
            }
            guard ok else { throw PasarError("cannot write the file: \(String(cString: strerror(errno)))", at: .file(path)) }
            bytes += block.count
        }

        func close() throws(PasarError) -> WrittenFile {
            Glibc.close(descriptor)
            descriptor = -1
            let file = WrittenFile(path: path, bytes: bytes, sha256: digest.hex())
            return output.record(file, kept: output.replaceWithPrevious(file, at: output.folderPath + "/" + path))
        }
    }
}
