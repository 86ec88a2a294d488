/// Every complaint read, as compact columns of about 25 bytes: what `ComplaintFacts` says, without
/// ids or text. The figures at any moment (today's, a frozen month's) are computed from it without
/// reading the database again, and memory grows by those bytes per complaint, not by its text.
public struct ComplaintLedger: Sendable {
    /// Times are stored as seconds since the start of the plausible years, so they fit 32 bits.
    static let base = Timestamp.plausibleRange.lowerBound.seconds
    static let none = UInt32.max
    /// The most markets or categories a group number can hold.
    public static let maximumGroups = Int(UInt16.max) - 1

    private var received: [UInt32] = []
    private var resolved: [UInt32] = []
    private var responded: [UInt32] = []
    private var deadline: [UInt32] = []
    private var workingDays: [UInt32] = []
    /// Market position in the high 16 bits, category position in the low 16; 0xFFFF for unknown.
    private var group: [UInt32] = []
    private var flags: [UInt8] = []
    /// Place numbers (see `ComplaintIntake`), only once some complaint has a place: a database
    /// without the location column costs nothing here.
    private var places: [UInt32] = []
    /// The earliest usable time of receipt, for the length of monthly series.
    public private(set) var earliestReceived: Timestamp?

    public init() {}

    public var count: Int { flags.count }

    /// Makes room for `count` complaints at once: growing column by column doubles their memory for
    /// a moment and leaves up to half of it unused.
    public mutating func reserveCapacity(_ count: Int) {
        for column in [\ComplaintLedger.received, \.resolved, \.responded, \.deadline, \.workingDays, \.group] {
            self[keyPath: column].reserveCapacity(count)
        }
        flags.reserveCapacity(count)
    }

    public mutating func append(_ f: ComplaintFacts) {
        received.append(Self.pack(f.received))
        resolved.append(Self.pack(f.resolved))
        responded.append(Self.pack(f.responded))
        deadline.append(Self.pack(f.deadline))
        workingDays.append(f.resolutionWorkingDays.map { UInt32(clamping: $0) } ?? Self.none)
        group.append(UInt32(f.market.map { UInt16($0) } ?? UInt16.max) << 16 | UInt32(f.category.map { UInt16($0) } ?? UInt16.max))
        var bits = UInt8(f.status.map { ComplaintStatus.allCases.firstIndex(of: $0).map { $0 + 1 } ?? 0 } ?? 0)
        if f.mayBeListed { bits |= Flag.listable }
        if f.isInTimeStatistics { bits |= Flag.inTime }
        if f.firstResponseUsable { bits |= Flag.firstResponse }
        if f.deadlineOutsideCalendar { bits |= Flag.deadlineOutside }
        if f.resolutionOutsideCalendar { bits |= Flag.resolutionOutside }
        flags.append(bits)
        if let time = f.received, earliestReceived.map({ time < $0 }) ?? true { earliestReceived = time }
    }

    /// Records the place of the complaint appended last (`place` numbers a market's blok/los/kios).
    public mutating func setPlaceOfLast(_ place: UInt32) {
        if places.isEmpty {
            places.reserveCapacity(flags.capacity)
        }
        while places.count < flags.count - 1 { places.append(Self.none) }
        places.append(place)
    }

    /// The place number of the `index`-th complaint; nil when it has none.
    public func place(_ index: Int) -> UInt32? {
        index < places.count && places[index] != Self.none ? places[index] : nil
    }

    /// The facts of the `index`-th complaint appended.
    public subscript(index: Int) -> ComplaintFacts {
        let bits = flags[index], groupBits = group[index]
        let market = Int(groupBits >> 16), category = Int(groupBits & 0xFFFF)
        let status = Int(bits & Flag.status)
        return ComplaintFacts(
            market: market == 0xFFFF ? nil : market, category: category == 0xFFFF ? nil : category,
            status: status == 0 ? nil : ComplaintStatus.allCases[status - 1], mayBeListed: bits & Flag.listable != 0,
            received: Self.unpack(received[index]), resolved: Self.unpack(resolved[index]), responded: Self.unpack(responded[index]),
            isInTimeStatistics: bits & Flag.inTime != 0, firstResponseUsable: bits & Flag.firstResponse != 0,
            deadline: Self.unpack(deadline[index]), resolutionWorkingDays: workingDays[index] == Self.none ? nil : Int(workingDays[index]),
            deadlineOutsideCalendar: bits & Flag.deadlineOutside != 0, resolutionOutsideCalendar: bits & Flag.resolutionOutside != 0)
    }

    private enum Flag {
        static let status: UInt8 = 0b0000_0111
        static let listable: UInt8 = 1 << 3
        static let inTime: UInt8 = 1 << 4
        static let firstResponse: UInt8 = 1 << 5
        static let deadlineOutside: UInt8 = 1 << 6
        static let resolutionOutside: UInt8 = 1 << 7
    }

    /// Times are plausible (so they fit); a deadline past the range is kept as "later than any time".
    private static func pack(_ time: Timestamp?) -> UInt32 {
        guard let time else { return none }
        return UInt32(clamping: min(time.seconds - base, Int64(none) - 1))
    }

    private static func unpack(_ value: UInt32) -> Timestamp? {
        value == none ? nil : Timestamp(seconds: Int64(value) + base)
    }
}
