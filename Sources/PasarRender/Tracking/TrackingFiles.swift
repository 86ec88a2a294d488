import Foundation
import PasarCore

/// The lookup page's data (`/lacak/<partition>/<n>.json.gz`): every listable complaint's tracked
/// facts, filed by the year its number carries and spread over files by the number's hash (see
/// `TrackingNumber`), each at most 16 KB compressed so a phone on a slow connection reads one
/// small file per lookup. Rahasia complaints are in no file: a lookup cannot tell them from a
/// number that does not exist. Records wait in scratch files during the pass (no complaint's text
/// stays in memory) and are grouped into files, one partition at a time, when it ends.
///
/// Used by one thread at a time: the pass's writer, then the thread that finishes the files.
public final class TrackingFiles: @unchecked Sendable {
    /// The largest file a lookup reads.
    public static let maximumBytes = 16 * 1024
    /// Uncompressed bytes a file starts with; it is split further when it compresses past the maximum.
    static let rawBytesPerFile = 40 * 1024

    private let sink: any FileSink
    private let markets: [String: String]
    private let categories: [String: String]
    private var partitions: [String: ScratchRecords] = [:]

    public init(sink: any FileSink, markets: [Market], categories: [ComplaintCategory]) {
        self.sink = sink
        self.markets = Dictionary(markets.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        self.categories = Dictionary(categories.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// Keeps one complaint's record for its partition's files.
    public func add(_ c: TrackedComplaint) throws(PasarError) {
        let key = TrackingNumber.key(c.id)
        let partition = TrackingNumber.partition(key)
        let scratch: ScratchRecords
        if let existing = partitions[partition] {
            scratch = existing
        } else {
            scratch = ScratchRecords(url: sink.location(of: "lacak/.\(partition).records"), shownAs: "lacak/\(partition)")
            partitions[partition] = scratch
        }
        try scratch.append(Self.record(c, key: key)[...])
    }

    /// Writes every partition's files; how many files each has (the page's script needs the counts).
    public func finish() throws(PasarError) -> TrackingIndex {
        var index = TrackingIndex(files: [:])
        for partition in partitions.keys.sorted() {
            guard let scratch = partitions[partition] else { continue }
            let (bytes, ranges) = try scratch.records()
            let records = ranges.map { Record(bytes[$0]) }
            var count = max(1, Self.powerOfTwo(atLeast: records.reduce(0) { $0 + $1.rest.count } / Self.rawBytesPerFile + 1))
            var files: [[UInt8]]
            // Doubled until every file fits: the count depends on the records alone, so a closed year keeps its files.
            repeat {
                files = try Self.files(records, count: count, markets: markets, categories: categories)
                count *= 2
            } while files.contains { $0.count > Self.maximumBytes } && count <= 1 << 20
            for (number, file) in files.enumerated() {
                _ = try sink.write(TrackingIndex.path(partition: partition, file: number), Data(file))
            }
            index.files[partition] = files.count
        }
        partitions = [:]
        return index
    }

    /// One record as kept in scratch: the key's hash, the market, category and channel (replaced by
    /// positions in the file's own lists when files are made), then the rest of its JSON array.
    struct Record {
        let hash: UInt32
        let market: String
        let category: String
        let channel: String
        let standard: String
        let rest: ArraySlice<UInt8>

        init(_ bytes: ArraySlice<UInt8>) {
            var fields = bytes.split(separator: 0x1F, maxSplits: 5, omittingEmptySubsequences: false)
            while fields.count < 6 { fields.append([]) }
            hash = UInt32(String(decoding: fields[0], as: UTF8.self)) ?? 0
            market = String(decoding: fields[1], as: UTF8.self)
            category = String(decoding: fields[2], as: UTF8.self)
            channel = String(decoding: fields[3], as: UTF8.self)
            standard = String(decoding: fields[4], as: UTF8.self)
            rest = fields[5]
        }
    }

    /// `[id, received, working day of receipt, response Δs, resolution Δs, status, flags, response deadline Δs,
    /// resolution deadline Δs, working days to resolution, summary]`
    /// with the lists' fields before it, separated by unit separators (0x1F, never in JSON text).
    static func record(_ c: TrackedComplaint, key: String) -> [UInt8] {
        let channel = c.channel.replacingOccurrences(of: "\u{1F}", with: " ")
        var bytes = Array("\(TrackingNumber.hash(key))\u{1F}\(c.marketID)\u{1F}\(c.categoryID)\u{1F}\(channel)\u{1F}\(standardCode(c.standard))\u{1F}".utf8)
        func number(_ value: Int64) { bytes.append(contentsOf: String(value).utf8); bytes.append(UInt8(ascii: ",")) }
        func delta(_ time: Timestamp?) {
            if let time { number(time.seconds - c.received.seconds) } else { bytes.append(contentsOf: "null,".utf8) }
        }
        JSONValue.writeString(c.id, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        number(c.received.seconds)
        number(c.receivedWorkingDay)
        delta(c.responded)
        delta(c.resolved)
        JSONValue.writeString(statusCode(c.status), to: &bytes)
        bytes.append(UInt8(ascii: ","))
        var flags: Int64 = c.isAnonymous ? 1 : 0
        if let responded = c.responded, responded <= c.responseDeadline { flags |= 2 }
        if let resolved = c.resolved, resolved <= c.resolutionDeadline { flags |= 4 }
        number(flags)
        delta(c.responseDeadline)
        delta(c.resolutionDeadline)
        if let days = c.resolutionWorkingDays { number(Int64(days)) } else { bytes.append(contentsOf: "null,".utf8) }
        JSONValue.writeString(c.summary, to: &bytes)
        return bytes
    }

    /// `a`, `v`, `p`, `s`, `t` for diterima, diverifikasi, diproses, selesai, ditolak.
    static func statusCode(_ status: ComplaintStatus?) -> String {
        switch status {
        case .diterima?: "a"
        case .diverifikasi?: "v"
        case .diproses?: "p"
        case .selesai?: "s"
        case .ditolak?: "t"
        case nil: ""
        }
    }

    /// `1k/3k`: amount and unit (`j` jam, `h` hari, `k` hari kerja) of the response and resolution limits.
    static func standardCode(_ s: ResponseStandard) -> String {
        func code(_ t: ResponseTime) -> String {
            "\(t.amount)" + (t.unit == .jam ? "j" : t.unit == .hari ? "h" : "k")
        }
        return code(s.firstResponse) + "/" + code(s.resolution)
    }

    /// The partition's records in `count` files by hash, each record's lists as positions in its file's own lists.
    static func files(_ records: [Record], count: Int, markets: [String: String], categories: [String: String]) throws(PasarError) -> [[UInt8]] {
        var buckets = Array(repeating: [Int](), count: count)
        for (position, record) in records.enumerated() { buckets[Int(record.hash % UInt32(count))].append(position) }
        return try buckets.map { positions throws(PasarError) in
            var lists: [[String]] = [[], [], [], []]
            var places: [[String: Int]] = [[:], [:], [:], [:]]
            func place(_ list: Int, _ value: String) -> Int {
                if let known = places[list][value] { return known }
                places[list][value] = lists[list].count
                lists[list].append(value)
                return lists[list].count - 1
            }
            // In id order, so the same records always make the same bytes.
            let sorted = positions.sorted { records[$0].rest.lexicographicallyPrecedes(records[$1].rest) }
            var body: [UInt8] = []
            for (n, position) in sorted.enumerated() {
                let r = records[position]
                body.append(contentsOf: "\(n == 0 ? "" : ",")[\(place(0, r.market)),\(place(1, r.category)),\(place(2, r.channel)),\(place(3, r.standard)),".utf8)
                body.append(contentsOf: r.rest)
                body.append(UInt8(ascii: "]"))
            }
            var file = Array("{\"v\":1,\"m\":".utf8)
            file.append(contentsOf: JSONValue.array(lists[0].map { .array([.string($0), .string(markets[$0] ?? $0)]) }).compactText().utf8)
            file.append(contentsOf: ",\"k\":".utf8)
            file.append(contentsOf: JSONValue.array(lists[1].map { .array([.string($0), .string(categories[$0] ?? $0)]) }).compactText().utf8)
            file.append(contentsOf: ",\"h\":".utf8)
            file.append(contentsOf: JSONValue.array(lists[2].map { .string($0) }).compactText().utf8)
            file.append(contentsOf: ",\"s\":".utf8)
            file.append(contentsOf: JSONValue.array(lists[3].map { .string($0) }).compactText().utf8)
            file.append(contentsOf: ",\"r\":[".utf8)
            file.append(contentsOf: body)
            file.append(contentsOf: "]}".utf8)
            return try Gzip.compress(file)
        }
    }

    static func powerOfTwo(atLeast value: Int) -> Int {
        var power = 1
        while power < value { power *= 2 }
        return power
    }
}

/// How many lookup files each partition has, for the page's script.
public struct TrackingIndex: Sendable, Hashable {
    public var files: [String: Int]

    public init(files: [String: Int]) { self.files = files }

    /// `lacak/2024/1f.json.gz`: the file's number in hexadecimal.
    public static func path(partition: String, file: Int) -> String {
        "lacak/\(partition)/\(String(file, radix: 16)).json.gz"
    }
}
