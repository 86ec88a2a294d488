import Foundation
import PasarCore

/// A file of the finished site: its path below the output folder, its size and its SHA-256.
public struct WrittenFile: Sendable, Hashable {
    public let path: String
    public let bytes: Int
    public let sha256: String

    public init(path: String, bytes: Int, sha256: String) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
    }
}

/// Where rendered files go. The site's publisher writes them into its staging folder as they are
/// made (pages on several threads at once), so no stage holds the whole site in memory.
public protocol FileSink: Sendable {
    /// Writes a whole file (a page, a small data file).
    func write(_ path: String, _ contents: Data) throws(PasarError) -> WrittenFile
    /// Opens a file to be written a block at a time (a large data file).
    func open(_ path: String) throws(PasarError) -> any StreamedFile
    /// Where `path` is staged, its folder made: a file made there directly (the ZIP) is then registered with `adopt`.
    func location(of path: String) -> URL
    /// Registers a file made directly at `location(of:)`.
    func adopt(_ path: String) throws(PasarError) -> WrittenFile
}

/// A file being written in blocks; its checksum is computed on the way.
public protocol StreamedFile: AnyObject {
    func write(_ bytes: [UInt8]) throws(PasarError)
    /// Flushes and closes the file.
    func close() throws(PasarError) -> WrittenFile
}
