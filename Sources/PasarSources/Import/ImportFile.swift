import CSV
import Foundation
import PasarCore

/// A CSV file as spreadsheets and other systems export it, read row by row with CSV.swift: comma or
/// semicolon (what Excel writes where the decimal comma is used), UTF-8 with or without a byte-order
/// mark, or Windows-1252 (what older Excel writes), quoted fields with line breaks. Each row comes
/// with the line it starts on, for messages.
///
/// CSV.swift reads UTF-8 only, so a Windows-1252 file is first copied to a temporary UTF-8 file,
/// block by block; nothing holds the whole file in memory.
final class ImportFile {
    let name: String
    let delimiter: Character
    let encoding: String
    let headings: [String]
    private let reader: CSVReader
    private let stream: InputStream
    private let temporary: URL?
    /// The line the next row starts on.
    private var line: Int

    init(_ url: URL, shownAs name: String) throws(PasarError) {
        self.name = name
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw PasarError("file not found or not readable", at: .file(name))
        }
        do {
            let utf8 = try ImportFile.isUTF8(url)
            var source = url
            if !utf8 {
                let copy = FileManager.default.temporaryDirectory.appending(path: "pasar-import-\(UUID().uuidString).csv")
                try ImportFile.transcodeWindows1252(url, to: copy)
                source = copy
                temporary = copy
            } else {
                temporary = nil
            }
            encoding = utf8 ? "UTF-8" : "Windows-1252"
            delimiter = try ImportFile.sniffDelimiter(source)
            guard let stream = InputStream(url: source) else { throw PasarError("file not found or not readable", at: .file(name)) }
            self.stream = stream
            reader = try CSVReader(stream: stream, hasHeaderRow: true, delimiter: delimiter == ";" ? ";" : ",")
        } catch let error as PasarError {
            throw error
        } catch {
            throw PasarError("cannot read the file as CSV: \(error)", at: .file(name), hint: "save it from the spreadsheet as CSV (comma or semicolon separated)")
        }
        headings = (reader.headerRow ?? []).map { $0.replacingOccurrences(of: "\u{FEFF}", with: "").trimmingCharacters(in: .whitespaces) }
        line = 2 + (reader.headerRow ?? []).reduce(0) { $0 + ImportFile.lineBreaks(in: $1) }
    }

    deinit {
        stream.close()
        if let temporary { try? FileManager.default.removeItem(at: temporary) }
    }

    /// The next row and the line it starts on; nil at the end of the file.
    func next() throws(PasarError) -> (line: Int, cells: [String])? {
        guard let cells = reader.next() else {
            // CSV.swift reports the end of the stream as cannotReadFile; anything else is a real error.
            if let error = reader.error, !ImportFile.isEndOfFile(error) {
                throw PasarError("the CSV cannot be read after line \(line - 1): \(error)", at: .file(name, line: line),
                                 hint: "a quote that is opened and never closed is the usual cause")
            }
            return nil
        }
        let start = line
        line += 1 + cells.reduce(0) { $0 + ImportFile.lineBreaks(in: $1) }
        return (start, cells)
    }

    static func isEndOfFile(_ error: any Error) -> Bool {
        if case CSVError.cannotReadFile = error { return true }
        return false
    }

    /// Line breaks inside a quoted field (CR LF counts once).
    static func lineBreaks(in field: String) -> Int {
        var count = 0, previous: UInt8 = 0
        for byte in field.utf8 {
            if byte == 0x0A, previous != 0x0D { count += 1 }
            if byte == 0x0D { count += 1 }
            previous = byte
        }
        return count
    }

    /// Semicolon when the first line has more semicolons than commas outside quotes, else comma.
    static func sniffDelimiter(_ url: URL) throws -> Character {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let head = try handle.read(upToCount: 64 * 1024) ?? Data()
        var commas = 0, semicolons = 0, quoted = false
        for byte in head {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted, byte == 0x0A { break }
            if !quoted, byte == UInt8(ascii: ",") { commas += 1 }
            if !quoted, byte == UInt8(ascii: ";") { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    /// True when the whole file is valid UTF-8, checked block by block.
    static func isUTF8(_ url: URL) throws -> Bool {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var pending = 0  // continuation bytes still expected
        while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
            for byte in block {
                if pending > 0 {
                    guard byte & 0xC0 == 0x80 else { return false }
                    pending -= 1
                } else if byte >= 0x80 {
                    switch byte {
                    case 0xC2...0xDF: pending = 1
                    case 0xE0...0xEF: pending = 2
                    case 0xF0...0xF4: pending = 3
                    default: return false
                    }
                }
            }
        }
        return pending == 0
    }

    /// Copies a Windows-1252 file to `target` as UTF-8, block by block.
    static func transcodeWindows1252(_ url: URL, to target: URL) throws {
        let input = try FileHandle(forReadingFrom: url)
        defer { try? input.close() }
        FileManager.default.createFile(atPath: target.path, contents: nil)
        let output = try FileHandle(forWritingTo: target)
        defer { try? output.close() }
        while let block = try input.read(upToCount: 1 << 20), !block.isEmpty {
            var text = String.UnicodeScalarView()
            for byte in block { text.append(windows1252(byte)) }
            try output.write(contentsOf: Data(String(text).utf8))
        }
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F (€, curly quotes, dashes …).
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Bytes 0x80–0x9F of Windows-1252 (made once, not for every byte of the file).
    static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
