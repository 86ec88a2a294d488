/// A moment in time to the whole second (fractions in the source are ignored), shown in WIB.
public struct Timestamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let seconds: Int64

    /// WIB (Asia/Jakarta) is UTC+7 and has had no daylight saving since 1964.
    public static let wibOffset: Int64 = 7 * 3600

    public init(seconds: Int64) { self.seconds = seconds }

    /// The day this moment falls on in WIB.
    public var wibDate: CivilDate {
        let local = seconds + Timestamp.wibOffset
        return CivilDate(dayNumber: local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
    }

    /// Seconds since midnight WIB.
    var wibSecondOfDay: Int64 { seconds + Timestamp.wibOffset - wibDate.dayNumber * 86_400 }

    public func adding(seconds delta: Int64) -> Timestamp { Timestamp(seconds: seconds + delta) }

    /// ISO 8601 in WIB, e.g. `2025-03-04T09:30:00+07:00`.
    public var description: String {
        let s = wibSecondOfDay
        return "\(wibDate)T\(pad(Int(s / 3600), 2)):\(pad(Int(s % 3600 / 60), 2)):\(pad(Int(s % 60), 2))+07:00"
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }

    /// The years a complaint's times and an as-of moment may fall in (WIB). An earlier time is a
    /// recording mistake (an empty date stored as 1970-01-01); a later one (a year typed as 2205)
    /// lies after every as-of moment, a step the complaint had not reached then. Keeping figures
    /// inside them bounds every duration and every monthly series.
    public static let plausibleYears = 2000...2100
    public static let plausibleRange = YearMonth(year: plausibleYears.lowerBound, month: 1).firstDay.startInWIB
        ... YearMonth(year: plausibleYears.upperBound, month: 12).lastDay.endInWIB

    /// A moment after the plausible years, later than any as-of moment: what a time recorded after
    /// them counts as.
    public static let afterPlausibleYears = plausibleRange.upperBound.adding(seconds: 1)

    /// `time` when it lies within `plausibleYears`, else nil.
    public static func plausible(_ time: Timestamp) -> Timestamp? {
        plausibleRange.contains(time) ? time : nil
    }

    /// Why a text is not a timestamp.
    public enum ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        case malformed
        case missingOffset
        case outOfRange

        public var description: String { message.english }

        /// The problem in both languages.
        public var message: LocalizedText {
            switch self {
            case .malformed: "not an ISO 8601 date and time (expected e.g. 2025-03-04T09:30:00+07:00)"
            case .missingOffset: "has no time-zone offset (add +07:00 for WIB)"
            case .outOfRange: "has a month, day, hour or offset out of range"
            }
        }
    }

    /// Parses ISO 8601 `YYYY-MM-DD[T ]HH:MM[:SS[.fff]](Z|±HH:MM|±HHMM|±HH)`.
    public static func parse(_ text: String) -> Result<Timestamp, ParseError> {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// Parses the same format from UTF-8 bytes (as a database cursor hands them over, without a String).
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<Timestamp, ParseError> {
        var scanner = DigitScanner(bytes)
        guard let year = scanner.number(digits: 4), scanner.take("-"),
              let month = scanner.number(digits: 2), scanner.take("-"),
              let day = scanner.number(digits: 2)
        else { return .failure(.malformed) }
        guard scanner.take("T") || scanner.take("t") || scanner.take(" "),
              let hour = scanner.number(digits: 2), scanner.take(":"),
              let minute = scanner.number(digits: 2)
        else { return .failure(.malformed) }
        var second = 0
        if scanner.take(":") {
            guard let s = scanner.number(digits: 2) else { return .failure(.malformed) }
            second = s
            if scanner.take(".") || scanner.take(",") {
                guard scanner.skipDigits() > 0 else { return .failure(.malformed) }
            }
        }
        var offset = 0
        if scanner.take("Z") || scanner.take("z") {
            offset = 0
        } else if scanner.peek == UInt8(ascii: "+") || scanner.peek == UInt8(ascii: "-") {
            let sign = scanner.take("-") ? -1 : 1
            _ = scanner.take("+")
            guard let offsetHours = scanner.number(digits: 2) else { return .failure(.malformed) }
            var offsetMinutes = 0
            if !scanner.atEnd {
                _ = scanner.take(":")
                guard let m = scanner.number(digits: 2) else { return .failure(.malformed) }
                offsetMinutes = m
            }
            guard offsetHours <= 14, offsetMinutes < 60 else { return .failure(.outOfRange) }
            offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
        } else if scanner.atEnd {
            return .failure(.missingOffset)
        }
        guard scanner.atEnd else { return .failure(.malformed) }
        guard let date = CivilDate(year: year, month: month, day: day), hour < 24, minute < 60, second < 60
        else { return .failure(.outOfRange) }
        let local = date.dayNumber * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return .success(Timestamp(seconds: local - Int64(offset)))
    }
}

/// A tiny cursor over ASCII bytes for the timestamp parser; leading and trailing spaces and tabs are skipped.
private struct DigitScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    let end: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        position = start
        self.end = end
    }

    var atEnd: Bool { position == end }
    var peek: UInt8? { atEnd ? nil : bytes[position] }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard peek == UInt8(ascii: character) else { return false }
        position += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard position + digits <= end else { return nil }
        var value = 0
        for index in position..<(position + digits) {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        position += digits
        return value
    }

    mutating func skipDigits() -> Int {
        let start = position
        while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { position += 1 }
        return position - start
    }
}
