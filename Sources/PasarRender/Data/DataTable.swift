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
            case let .text(v): CSVText.defused(v)
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

    /// Pretty-printed UTF-8 JSON with sorted keys and a final line break. `<`, `>` and `&` (which
    /// can only occur inside strings) are written as \u escapes, so the file is safe to embed in HTML.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var bytes: [UInt8] = []
        for byte in try encoder.encode(self) {
            switch byte {
            case UInt8(ascii: "<"): bytes += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): bytes += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): bytes += Array("\\u0026".utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(0x0A)
        return Data(bytes)
    }
}
