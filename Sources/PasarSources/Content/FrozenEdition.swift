import Foundation
import PasarCore

/// A month's figures frozen by `pasar release`, committed as `content/edisi/YYYY-MM.json` and
/// published unchanged at `/edisi/YYYY-MM/` by every later build. Figures are stored as the exact
/// CSV cells, so the edition's data files never change. The file carries a SHA-256 of itself (with
/// the checksum's digits zeroed), so a hand edit is detected.
public struct FrozenEdition: Codable, Sendable, Hashable {
    /// A table of CSV cells.
    public struct Table: Codable, Sendable, Hashable {
        public var columns: [String]
        public var rows: [[String]]

        public init(columns: [String], rows: [[String]]) {
            self.columns = columns
            self.rows = rows
        }

        /// The rows as column → cell dictionaries.
        public var records: [[String: String]] { rows.map { Dictionary(uniqueKeysWithValues: zip(columns, $0)) } }
    }

    public var checksum: String
    public var format: String
    /// The month, `YYYY-MM`.
    public var edition: String
    /// The last second of the month in WIB, ISO 8601.
    public var asOf: String
    public var periodFrom: String?
    public var title: String
    public var office: String
    public var regency: String
    public var toolVersion: String
    public var databaseSHA256: String
    public var rankingThreshold: Int
    public var markets: Table
    /// One row: the regency's figure columns.
    public var regencyFigures: Table
    public var categories: Table
    /// The standards the figures were judged by, through the month's end: every period of the
    /// regency's (market_id empty) and of each market whose standard differs from the regency's.
    /// Absent in editions frozen before standards were recorded.
    public var standards: Table?

    enum CodingKeys: String, CodingKey {
        case checksum, format, edition, title, office, regency, markets, categories, standards
        case asOf = "as_of", periodFrom = "period_from", toolVersion = "tool_version", databaseSHA256 = "database_sha256"
        case rankingThreshold = "ranking_threshold", regencyFigures = "regency_figures"
    }

    public static let formatName = "pasar-terbuka-edisi/1"
    /// The folder of frozen editions, relative to the root.
    public static let folder = "content/edisi"
    static let zeroDigest = String(repeating: "0", count: 64)

    public init(
        edition: YearMonth, asOf: Timestamp, periodFrom: CivilDate?, title: String, office: String, regency: String,
        toolVersion: String, databaseSHA256: String, rankingThreshold: Int, markets: Table, regencyFigures: Table, categories: Table,
        standards: Table? = nil
    ) {
        checksum = ""
        format = FrozenEdition.formatName
        self.edition = edition.description
        self.asOf = asOf.description
        self.periodFrom = periodFrom?.description
        self.title = title
        self.office = office
        self.regency = regency
        self.toolVersion = toolVersion
        self.databaseSHA256 = databaseSHA256
        self.rankingThreshold = rankingThreshold
        self.markets = markets
        self.regencyFigures = regencyFigures
        self.categories = categories
        self.standards = standards
    }

    public var month: YearMonth? { YearMonth(iso: edition) }

    /// This edition with its checksum: the SHA-256 of its file with the checksum's digits zeroed.
    public func sealed() throws -> FrozenEdition {
        var draft = self
        draft.checksum = "sha256:" + FrozenEdition.zeroDigest
        draft.checksum = "sha256:" + Digest.hex(try draft.encoded())
        return draft
    }

    /// The file's bytes: sorted, indented JSON with a final line break. Seal the edition first.
    public func encoded() throws -> Data {
        try FrozenEdition.encoder.encode(self) + Data("\n".utf8)
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Loads every edition under `root`, checking names and checksums; sorted by month.
    public static func loadAll(root: URL) throws(PasarError) -> [FrozenEdition] {
        var editions: [FrozenEdition] = []
        var problems: [Diagnostic] = []
        for file in try SourceFile.list(root.appending(path: folder), extension: "json") {
            let path = "\(folder)/\(file.lastPathComponent)"
            do throws(PasarError) {
                editions.append(try load(file, shownAs: path))
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw PasarError(diagnostics: problems) }
        return editions.sorted { $0.edition < $1.edition }
    }

    static func load(_ url: URL, shownAs path: String) throws(PasarError) -> FrozenEdition {
        let name = String(url.lastPathComponent.dropLast(".json".count))
        guard YearMonth(iso: name) != nil else {
            throw PasarError("an edition file must be named YYYY-MM.json", at: .file(path), hint: "create editions with pasar release YYYY-MM")
        }
        let text = try SourceFile.read(url, shownAs: path)
        let edition: FrozenEdition
        do {
            edition = try JSONDecoder().decode(FrozenEdition.self, from: Data(text.utf8))
        } catch {
            throw PasarError("not a readable edition file: \(error)", at: .file(path),
                             hint: "restore it from version control, or freeze the month again with pasar release \(name) --force")
        }
        guard edition.format == formatName, edition.edition == name else {
            throw PasarError("the file says it is edition \"\(edition.edition)\" in format \"\(edition.format)\"", at: .file(path),
                             hint: "restore it from version control, or freeze the month again with pasar release \(name) --force")
        }
        guard verify(text) else {
            throw PasarError("the edition's checksum does not match its contents: it was changed by hand", at: .file(path),
                             hint: "frozen figures must not be edited; restore the file from version control, or freeze the month again with pasar release \(name) --force")
        }
        return edition
    }

    /// True when the checksum in `text` is the SHA-256 of `text` with the checksum's digits zeroed.
    static func verify(_ text: String) -> Bool {
        guard let field = text.range(of: #""checksum"\s*:\s*"sha256:[0-9a-f]{64}""#, options: .regularExpression) else { return false }
        let range = text.index(field.upperBound, offsetBy: -65)..<text.index(before: field.upperBound)
        let digest = String(text[range])
        let zeroed = text.replacingCharacters(in: range, with: zeroDigest)
        return Digest.hex(zeroed) == digest
    }
}
