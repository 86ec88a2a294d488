/// Text from the database or from content, made safe for where it goes.
public enum SafeText {
    /// Bidirectional embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069): they
    /// make text display in another order than it is stored ("Trojan Source"). Marks (U+200E, U+200F)
    /// are harmless and stay.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Control characters other than tab and line breaks (C0, DEL, C1).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v)
    }

    /// Text for a published file or page: bidirectional controls and control characters removed.
    public static func published(_ text: String) -> String {
        // Plain ASCII text (almost every cell) is decided on its bytes: a scalar ≥ 0x80 has bytes ≥ 0x80.
        let plain = text.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x7F || $0 < 0x20 } }
            ?? !text.utf8.contains { $0 >= 0x7F || $0 < 0x20 }
        guard !plain else { return text }
        guard text.unicodeScalars.contains(where: { isBidiControl($0) || isControl($0) }) else { return text }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isBidiControl(scalar) && !isControl(scalar) { kept.append(scalar) }
        return String(kept)
    }

    /// Text that XML 1.0 accepts: as `published`, and without U+FFFE and U+FFFF, which XML forbids.
    public static func xml(_ text: String) -> String {
        let cleaned = published(text)
        guard cleaned.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) else { return cleaned }
        return String(String.UnicodeScalarView(cleaned.unicodeScalars.filter { $0.value != 0xFFFE && $0.value != 0xFFFF }))
    }

    /// Text for a terminal: control characters (escape sequences, line breaks, tabs) and bidirectional
    /// controls written as `\u{…}`, so an id cannot move the cursor, colour the screen or hide text.
    public static func terminal(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value >= 0x7F }) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) || isBidiControl(scalar) || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                shown += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}
