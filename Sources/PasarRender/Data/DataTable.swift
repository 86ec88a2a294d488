import Foundation
import PasarCore

/// A table published as CSV and as its JSON twin, with the same values in both.
public struct DataTable: Sendable {
    /// One cell: a whole number, a decimal rounded to fixed places, text, or empty.
    public enum Cell: Sendable, Hashable {
        case integer(Int)
        case decimal(Fraction?, places: Int)
        case text(String)
        case empty

        /// The cell as written in the file: locale-free numbers (`97.5`), empty for no value, text
        /// defused against spreadsheet formulas.
        public var csvText: String {
            switch self {
            case let .integer(v): String(v)
            case let .decimal(v?, places): v.decimalText(places: places)
            case .decimal(nil, _), .empty: ""
            case let .text(v): CSVText.cell(v)
            }
        }

        var json: JSONValue {
            switch self {
            case let .integer(v): .integer(v)
            case let .decimal(v?, places): .number(v.rounded(places: places))
            case .decimal(nil, _), .empty: .null
            case let .text(v): .string(v)
            }
        }
    }

    public let columns: [String]
    public let rows: [[Cell]]

    public init(columns: [String], rows: [[Cell]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs one cell per column")
        self.columns = columns
        self.rows = rows
    }

    /// RFC 4180 CSV, UTF-8, LF line ends, a header row, and a final line break.
    public func csv() -> Data {
        var bytes: [UInt8] = []
        CSVText.appendRow(columns, to: &bytes)
        for row in rows { CSVText.appendRow(row.map(\.csvText), to: &bytes) }
        return Data(bytes)
    }

    /// The rows as CSV cell texts.
    public var cellTexts: [[String]] { rows.map { $0.map(\.csvText) } }

    /// The rows as JSON objects keyed by column name.
    public var jsonRows: [[String: JSONValue]] {
        rows.map { row in Dictionary(uniqueKeysWithValues: zip(columns, row.map(\.json))) }
    }
}

/// A JSON value with deterministic encoding (keys are sorted by the encoder).
public enum JSONValue: Sendable, Hashable, Encodable {
    case integer(Int)
    case number(Double)
    case string(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .integer(v): try container.encode(v)
        case let .number(v): try container.encode(v)
        case let .string(v): try container.encode(v)
        case let .bool(v): try container.encode(v)
        case .null: try container.encodeNil()
        case let .array(v): try container.encode(v)
        case let .object(v): try container.encode(v)
        }
    }

    /// Pretty-printed UTF-8 JSON with sorted keys and a final line break, in the layout of
    /// Foundation's `JSONEncoder` (`"key" : value`, two-space indent). `<`, `>` and `&` are written as
    /// \u escapes, so the file is safe to embed in HTML. Written directly into bytes: the encoder's
    /// reflection cost a few percent of a province's build.
    public func encoded() -> Data {
        var bytes: [UInt8] = []
        write(to: &bytes, indent: 0)
        bytes.append(0x0A)
        return Data(bytes)
    }

    /// Compact UTF-8 JSON with a final line break: the tables' twins, where pretty printing made a
    /// province's files half as large again with nothing a program reads.
    public func compactEncoded() -> Data {
        var bytes: [UInt8] = []
        write(to: &bytes, indent: nil)
        bytes.append(0x0A)
        return Data(bytes)
    }

    /// Compact JSON (no spaces or line breaks), as `JSONEncoder` writes it without pretty printing.
    public func compactText() -> String {
        var bytes: [UInt8] = []
        write(to: &bytes, indent: nil)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `indent` nil writes compactly.
    private func write(to bytes: inout [UInt8], indent: Int?) {
        func newline(_ depth: Int?) {
            guard let depth else { return }
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
        let inner = indent.map { $0 + 1 }
        switch self {
        case let .integer(value): bytes.append(contentsOf: String(value).utf8)
        case let .number(value):
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            bytes.append(contentsOf: text.utf8)
        case let .string(value): JSONValue.writeString(value, to: &bytes)
        case let .bool(value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: bytes.append(contentsOf: "null".utf8)
        case let .array(items):
            bytes.append(UInt8(ascii: "["))
            if items.isEmpty, indent != nil { bytes.append(0x0A) }
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(inner)
                item.write(to: &bytes, indent: inner)
            }
            newline(indent)
            bytes.append(UInt8(ascii: "]"))
        case let .object(members):
            bytes.append(UInt8(ascii: "{"))
            if members.isEmpty, indent != nil { bytes.append(0x0A) }
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(inner)
                JSONValue.writeString(key, to: &bytes)
                bytes.append(contentsOf: (indent == nil ? ":" : " : ").utf8)
                members[key]?.write(to: &bytes, indent: inner)
            }
            newline(indent)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    static func writeString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            index += 1
            // Bidirectional controls (U+202A–U+202E, U+2066–U+2069, three bytes from E2) are written as
            // \u escapes: the value is unchanged, but a viewer cannot be made to show text out of order.
            if byte == 0xE2, index + 1 < utf8.count,
               (utf8[index] == 0x80 && (0xAA...0xAE).contains(utf8[index + 1])) || (utf8[index] == 0x81 && (0xA6...0xA9).contains(utf8[index + 1])) {
                let scalar = (UInt32(byte & 0x0F) << 12) | (UInt32(utf8[index] & 0x3F) << 6) | UInt32(utf8[index + 1] & 0x3F)
                bytes.append(contentsOf: "\\u\(String(scalar, radix: 16))".utf8)
                index += 2
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case 0x0A: bytes.append(contentsOf: "\\n".utf8)
            case 0x0D: bytes.append(contentsOf: "\\r".utf8)
            case 0x09: bytes.append(contentsOf: "\\t".utf8)
            case 0x08: bytes.append(contentsOf: "\\b".utf8)
            case 0x0C: bytes.append(contentsOf: "\\f".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "\\u003c".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "\\u003e".utf8)
            case UInt8(ascii: "&"): bytes.append(contentsOf: "\\u0026".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
