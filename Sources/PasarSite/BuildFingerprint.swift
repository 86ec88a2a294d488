import Foundation
import PasarCore
import PasarSources

/// A checksum of everything a build reads: the database's bytes, every file under `content/` and
/// in the theme's folders, the options that change figures, and the tool itself. Equal fingerprints
/// mean a rebuild would write the same bytes, so it can stop before reading anything else.
enum BuildFingerprint {
    static func compute(_ content: SiteContent, databaseSHA256: String, options: BuildOptions) throws(PasarError) -> String {
        var lines = [
            "tool \(PasarVersion.current) \(toolIdentity())",
            "database \(databaseSHA256)",
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
        return Digest.hex(lines.joined(separator: "\n"))
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
