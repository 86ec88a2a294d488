import Foundation
import PasarRender

/// What a build left in the output folder, kept in its marker file `.pasar-output`: the fingerprint
/// of the inputs it was built from and every file with its checksum and size. The next build stops
/// early when the inputs are the same, and keeps (hard-links) files whose bytes did not change.
struct OutputManifest: Codable, Sendable {
    static let formatName = "pasar-output/2"

    var format = OutputManifest.formatName
    /// Every input of the build, summed up (see `BuildFingerprint`).
    var fingerprint: BuildFingerprint
    /// Path → [sha256, bytes].
    var files: [String: FileEntry]
    /// What the build reported, repeated when a later build finds nothing changed.
    var report: BuildReport?

    struct FileEntry: Codable, Sendable, Hashable {
        let sha256: String
        let bytes: Int

        init(sha256: String, bytes: Int) {
            self.sha256 = sha256
            self.bytes = bytes
        }

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            sha256 = try container.decode(String.self)
            bytes = try container.decode(Int.self)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(sha256)
            try container.encode(bytes)
        }
    }

    init(fingerprint: BuildFingerprint, files: [WrittenFile], report: BuildReport?) {
        self.fingerprint = fingerprint
        self.report = report
        self.files = Dictionary(files.map { ($0.path, FileEntry(sha256: $0.sha256, bytes: $0.bytes)) }, uniquingKeysWith: { $1 })
    }

    /// The manifest in a marker file; nil for an older marker (plain text) or an unreadable one.
    static func read(_ url: URL) -> OutputManifest? {
        guard let data = try? Data(contentsOf: url), let manifest = try? JSONDecoder().decode(OutputManifest.self, from: data),
              manifest.format == formatName else { return nil }
        return manifest
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
