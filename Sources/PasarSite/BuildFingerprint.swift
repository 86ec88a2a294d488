import Foundation
import Glibc
import PasarCore
import PasarSources

/// What a build reads, summed up so that a rebuild can tell at once whether anything changed:
/// every file under `content/` and in the theme's folders, the options that change figures, the tool
/// itself, and the database — by its file identity first (cheap), by its bytes when that differs.
struct BuildFingerprint: Sendable, Hashable, Codable {
    /// SHA-256 over content, theme, options and tool.
    var inputs: String
    /// Device, inode, size and modification and change times (ns) of the database file and of its
    /// `-wal` file when there is one (a WAL commit changes only that file). Any write changes them.
    var databaseIdentity: String
    /// SHA-256 of the database file's bytes (and of its `-wal` file), as the methodology page shows it.
    var databaseSHA256: String

    /// The inputs' checksum and the database's identity; the database's bytes are hashed separately.
    static func inputs(_ content: SiteContent, options: BuildOptions) throws(PasarError) -> (inputs: String, databaseIdentity: String) {
        var lines = [
            "tool \(PasarVersion.current) \(toolIdentity())",
            "as-of \(options.asOf ?? "-")",
            "source-date-epoch \(options.sourceDateEpoch ?? "-")",
        ]
        let folders = ["content"] + content.theme.chain.map { "themes/\($0)" }
        for folder in folders {
            for (path, url) in files(under: content.root.appending(path: folder)) {
                lines.append("\(folder)/\(path) \(try Digest.hex(file: url, shownAs: "\(folder)/\(path)"))")
            }
        }
        // A holiday calendar outside content/ is named by site.yml, which is inside it; its bytes count too.
        if !content.config.holidays.hasPrefix("content/") {
            lines.append("holidays \(try Digest.hex(file: content.root.appending(path: content.config.holidays), shownAs: content.config.holidays))")
        }
        let database = content.source.url.path
        return (Digest.hex(lines.joined(separator: "\n")), [database, database + "-wal"].map(identity).joined(separator: " "))
    }

    /// `dev:inode:size:mtime:ctime` of a file, or `-` when it does not exist.
    static func identity(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "-" }
        return "\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }

    /// The checksum of the database's bytes (with its `-wal` file's, when there is one).
    static func databaseSHA256(_ source: SQLiteComplaintSource) throws(PasarError) -> String {
        let main = try source.fingerprint()
        let wal = URL(filePath: source.url.path + "-wal")
        guard let size = try? FileManager.default.attributesOfItem(atPath: wal.path)[.size] as? Int, size > 0 else { return main }
        return Digest.hex(main + " " + (try Digest.hex(file: wal, shownAs: source.name + "-wal")))
    }

    /// The running program's size and modification time: a rebuilt pasar of the same version counts as a new tool.
    static func toolIdentity() -> String {
        // /proc/self/exe is a link made when the process starts: read the program it points to.
        let program = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? "/proc/self/exe"
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: program) else { return "unknown" }
        let size = attributes[.size] as? Int ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)-\(Int64(modified * 1000))"
    }

    /// Regular files below `folder`, sorted by relative path; hidden files (editor leftovers) are skipped.
    static func files(under folder: URL) -> [(String, URL)] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        let base = folder.standardizedFileURL.path + "/"
        var found: [(String, URL)] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            let path = url.standardizedFileURL.path
            if path.hasPrefix(base) { found.append((String(path.dropFirst(base.count)), url)) }
        }
        return found.sorted { $0.0 < $1.0 }
    }
}
