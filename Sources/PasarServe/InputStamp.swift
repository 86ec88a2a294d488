import Foundation

/// What a preview watches, reduced to one value that changes when any input does: the path, size
/// and modification time of every file under `content/` and `themes/`, and of the database and its
/// `-wal` file. Cheap enough to take twice a second on a site of a thousand markets.
struct InputStamp: Equatable {
    private var entries: [String: [Double]] = [:]

    init(root: URL, database: URL) {
        let fm = FileManager.default
        for folder in ["content", "themes"] {
            let base = root.appending(path: folder)
            guard let walker = fm.enumerator(at: base, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]) else { continue }
            for case let url as URL in walker {
                guard let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]),
                      values.isRegularFile == true else { continue }
                entries[url.path] = [values.contentModificationDate?.timeIntervalSince1970 ?? 0, Double(values.fileSize ?? 0)]
            }
        }
        for file in [database.path, database.path + "-wal"] {
            guard let attributes = try? fm.attributesOfItem(atPath: file) else { continue }
            entries[file] = [(attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0, Double((attributes[.size] as? Int) ?? 0)]
        }
    }
}
