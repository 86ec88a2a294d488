import Foundation
import PasarCore

/// Records kept aside during the pass and read back after it (a year's statistics-only rows, written
/// last in byte order; the lookup records of one partition). They go to a scratch file in the
/// staging folder as they come, so a province's hundreds of thousands of them take no memory while
/// the pass runs.
final class ScratchRecords {
    private let url: URL
    private let shownAs: String
    private var pending: [UInt8] = []
    private var handle: FileHandle?

    /// `url` is the scratch file, `shownAs` its name in messages.
    init(url: URL, shownAs: String) {
        self.url = url
        self.shownAs = shownAs
    }

    /// Keeps one record (its length first: a quoted cell can hold a line break).
    func append(_ row: ArraySlice<UInt8>) throws(PasarError) {
        let length = UInt32(row.count)
        for shift in stride(from: 0, to: 32, by: 8) { pending.append(UInt8(truncatingIfNeeded: length >> UInt32(shift))) }
        pending.append(contentsOf: row)
        if pending.count >= 1 << 16 { try spill() }
    }

    private func spill() throws(PasarError) {
        do {
            if handle == nil {
                guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
                handle = try FileHandle(forWritingTo: url)
            }
            try handle?.write(contentsOf: pending)
        } catch {
            throw PasarError("cannot write the scratch records: \(error)", at: .file(shownAs))
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Every record in the order kept, as ranges of one buffer; the scratch file is removed.
    func records() throws(PasarError) -> (bytes: [UInt8], ranges: [Range<Int>]) {
        var bytes = pending
        if let handle {
            do {
                try handle.close()
                bytes = [UInt8](try Data(contentsOf: url)) + pending
                try FileManager.default.removeItem(at: url)
            } catch {
                throw PasarError("cannot read the scratch records: \(error)", at: .file(shownAs))
            }
            self.handle = nil
        }
        pending = []
        var ranges: [Range<Int>] = []
        var position = 0
        while position + 4 <= bytes.count {
            let length = (0..<4).reduce(0) { $0 | Int(bytes[position + $1]) << (8 * $1) }
            ranges.append(position + 4..<min(bytes.count, position + 4 + length))
            position += 4 + length
        }
        return (bytes, ranges)
    }

    /// Appends every record to `output` in byte order, handing full blocks to `write`, and removes the scratch file.
    func appendSorted(to output: inout [UInt8], write: ([UInt8]) throws(PasarError) -> Void) throws(PasarError) {
        let (bytes, unsorted) = try records()
        let rows = unsorted.sorted { bytes[$0].lexicographicallyPrecedes(bytes[$1]) }
        for row in rows {
            output.append(contentsOf: bytes[row])
            if output.count >= 1 << 18 {
                try write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
    }
}
