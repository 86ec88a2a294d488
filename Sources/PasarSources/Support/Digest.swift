import Crypto
import Foundation
import PasarCore

/// SHA-256 through swift-crypto (BoringSSL's assembly on Linux): checksums of the database, frozen
/// editions and every published file.
public struct Digest: Sendable {
    private var hasher = Crypto.SHA256()

    public init() {}

    public mutating func update(_ bytes: UnsafeRawBufferPointer) { hasher.update(bufferPointer: bytes) }
    public mutating func update(_ data: Data) { hasher.update(data: data) }

    /// The lowercase hex digest.
    public func hex() -> String {
        hasher.finalize().map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// The hex digest of `bytes`.
    public static func hex(_ data: Data) -> String {
        var digest = Digest()
        digest.update(data)
        return digest.hex()
    }

    /// The hex digest of `text`'s UTF-8 bytes.
    public static func hex(_ text: String) -> String { hex(Data(text.utf8)) }

    /// The hex digest of a file, read in blocks (a database can be larger than memory should hold).
    public static func hex(file url: URL, shownAs name: String) throws(PasarError) -> String {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw PasarError("cannot read the file", at: .file(name))
        }
        defer { try? handle.close() }
        var digest = Digest()
        do {
            while let block = try handle.read(upToCount: 4 << 20), !block.isEmpty { digest.update(block) }
        } catch {
            throw PasarError("cannot read the file: \(error.localizedDescription)", at: .file(name))
        }
        return digest.hex()
    }
}
