/// How a complaint number is looked up (`/lacak/`): compared as its letters and digits only, in
/// upper case, so `adu 202412 0001`, `ADU2024120001` and `ADU-202412-0001` are one number; filed
/// under the year the number carries, so the files of closed years keep their bytes; and spread
/// over a partition's files by a hash. The page's script repeats these three rules exactly.
public enum TrackingNumber {
    /// `ADU-202412-0001` → `ADU2024120001`: ASCII letters and digits, letters upper case.
    public static func key(_ number: String) -> String {
        String(decoding: number.utf8.compactMap { byte -> UInt8? in
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"): byte
            case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - 32
            default: nil
            }
        }, as: UTF8.self)
    }

    /// The partition of a key: the first four digits of its first run of four or more digits when
    /// they begin with 20 (`ADU2024120001` → `2024`), else `lain`.
    public static func partition(_ key: String) -> String {
        let bytes = Array(key.utf8)
        var start = 0
        while start < bytes.count {
            guard isDigit(bytes[start]) else { start += 1; continue }
            var end = start
            while end < bytes.count, isDigit(bytes[end]) { end += 1 }
            if end - start >= 4 {
                return bytes[start] == UInt8(ascii: "2") && bytes[start + 1] == UInt8(ascii: "0")
                    ? String(decoding: bytes[start..<start + 4], as: UTF8.self) : other
            }
            start = end
        }
        return other
    }

    /// The partition of numbers that carry no year.
    public static let other = "lain"

    /// FNV-1a (32 bits) of the key's bytes: which of a partition's files holds it (`hash % files`).
    public static func hash(_ key: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in key.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
