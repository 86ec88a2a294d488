import PasarCore

/// CSV text as RFC 4180 writes it (UTF-8, comma, LF line ends), appended to a byte buffer so large
/// files can be written a block at a time.
///
/// Written here rather than with CSV.swift's `CSVWriter`, which encodes scalar by scalar through a
/// Foundation `OutputStream` and cannot append to a buffer: at a million rows it took about a third
/// of the build. CSV.swift still reads CSV where a reader is needed.
enum CSVText {
    /// Appends `field`, in double quotes when it holds a comma, a quote or a line break (quotes doubled).
    static func append(_ field: String, to output: inout [UInt8]) {
        func isSpecial(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D }
        let plain: Bool? = field.utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: isSpecial) else { return false }
            output.append(contentsOf: bytes)
            return true
        }
        if plain == true { return }
        guard plain == false || field.utf8.contains(where: isSpecial) else {
            output.append(contentsOf: field.utf8)
            return
        }
        output.append(UInt8(ascii: "\""))
        for byte in field.utf8 {
            if byte == UInt8(ascii: "\"") { output.append(byte) }
            output.append(byte)
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Appends a row of fields and a line break.
    static func appendRow(_ fields: [String], to output: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            append(field, to: &output)
        }
        output.append(0x0A)
    }

    /// Appends a whole number ≥ 0 in decimal digits, without making a String.
    static func appendInteger(_ value: Int64, to output: inout [UInt8]) {
        guard value >= 10 else { output.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: max(0, value))); return }
        appendInteger(value / 10, to: &output)
        output.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10))
    }

    /// Appends seconds as hours with two decimals, rounded half away from zero (as
    /// `Fraction.decimalText(places: 2)` writes them), without making a String. `seconds` ≥ 0.
    static func appendHours(_ seconds: Int64, to output: inout [UInt8]) {
        let hundredths = (200 * seconds + 3600) / 7200
        appendInteger(hundredths / 100, to: &output)
        output.append(UInt8(ascii: "."))
        output.append(UInt8(ascii: "0") + UInt8(hundredths % 100 / 10))
        output.append(UInt8(ascii: "0") + UInt8(hundredths % 10))
    }

    /// A text cell as published: control and bidirectional characters removed (`SafeText.published`),
    /// and defused against spreadsheet formulas.
    static func cell(_ text: String) -> String { defused(SafeText.published(text)) }

    /// Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or carriage return
    /// first) gets a leading apostrophe, as OWASP advises for CSV exports. Applied to every text cell
    /// that comes from the database or the content; numbers and times are never text cells.
    static func defused(_ text: String) -> String {
        guard let first = text.utf8.first else { return text }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return "'" + text
        default: return text
        }
    }
}
