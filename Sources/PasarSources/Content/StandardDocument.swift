import Foundation
import PasarCore

/// A service-standard document: `content/pasar/<market-id>.md`, or `content/pasar/_default.md` for the
/// regency. Its front matter holds the complaint-response standard; its Markdown body is published.
///
/// ```yaml
/// ---
/// title: Standar Pelayanan Pasar Induk Sukamaju
/// last_reviewed: 2026-03-02
/// response_standard:
///   default: {respond: 1 hari kerja, resolve: 10 hari kerja}
///   keamanan: {respond: 2 jam, resolve: 2 hari}
/// ---
/// ```
///
/// A standard that changes keeps its history: `response_standard` is then a list of versions, each
/// with the day it takes effect (`effective`); the oldest may leave the day out (from the beginning).
public struct StandardDocument: Sendable {
    /// The market id from the file name; nil for the regency-wide `_default.md`.
    public let marketID: String?
    /// The path shown in messages, e.g. `content/pasar/pasar-induk.md`.
    public let path: String
    public let title: String
    public let lastReviewed: CivilDate?
    /// Every version of the response standard, oldest first.
    public let history: StandardHistory
    /// Where each category key of `response_standard` is (its newest use), to report ids the database does not know.
    public let categoryLocations: [String: SourceLocation]
    /// Where each version starts, by its effective day (nil: the undated oldest).
    public let versionLocations: [CivilDate?: SourceLocation]
    public let markdown: String
    public let html: String
    /// The text of every heading, for the check of the 14 components.
    public let headings: [String]
    /// SHA-256 of the file's text, to find a market document copied unchanged from another.
    public let textDigest: String
    /// Components the document marks as not applicable, with the reason given.
    public let notApplicable: [ServiceStandardComponent: String]
    /// Where the front matter starts, for messages about the document as a whole.
    public var location: SourceLocation { .file(path, line: 1) }
    /// The English version from `<name>.en.md`, if written.
    public internal(set) var english: Translation?

    /// The folder of standard documents, relative to the root.
    public static let folder = "content/pasar"
    /// The regency-wide document's name.
    public static let regencyFileName = "_default.md"
    static let keys = ["title", "last_reviewed", "response_standard", "not_applicable"]
    static let entryKeys = ["respond", "resolve"]
    /// The key of a version's first day.
    static let effectiveKey = "effective"
    /// Documents are shown inside a section of the market page, so `##` becomes `<h3>`.
    static let headingOffset = 1

    /// Loads every document: the regency-wide one (required) and one per market.
    public static func loadAll(root: URL, markdown: MarkdownRenderer) throws(PasarError) -> (regency: StandardDocument, markets: [StandardDocument]) {
        let all = try SourceFile.list(root.appending(path: folder), extension: "md")
        let (files, english) = try Translation.partition(all, folder: folder, markdown: markdown, headingOffset: headingOffset)
        var regency: StandardDocument?
        var markets: [StandardDocument] = []
        var problems: [Diagnostic] = []
        for file in files {
            let name = file.lastPathComponent
            let relative = "\(folder)/\(name)"
            do throws(PasarError) {
                let text = try SourceFile.read(file, shownAs: relative)
                if name == regencyFileName {
                    regency = try StandardDocument(text: text, path: relative, marketID: nil, markdown: markdown)
                    regency?.english = english[String(name.dropLast(3))]
                } else {
                    let id = String(name.dropLast(3))
                    guard Identifier.isSafe(id) else {
                        throw PasarError("\"\(id)\" cannot be a market id", at: .file(relative), hint: "rename the file: \(Identifier.rule)")
                    }
                    var document = try StandardDocument(text: text, path: relative, marketID: id, markdown: markdown)
                    document.english = english[id]
                    markets.append(document)
                }
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw PasarError(diagnostics: problems) }
        guard let regency else {
            throw PasarError(
                "the regency-wide standard is missing", at: .file("\(folder)/\(regencyFileName)"),
                hint: "create it with a response_standard default for every complaint (see docs/content.md)")
        }
        return (regency, markets)
    }

    init(text: String, path: String, marketID: String?, markdown: MarkdownRenderer) throws(PasarError) {
        let document = try FrontMatterDocument(text: text, file: path)
        guard let frontMatter = document.frontMatter else {
            throw PasarError("no front matter", at: .file(path, line: 1),
                             hint: "start the file with a '---' block holding title and response_standard")
        }
        let map = try frontMatter.mapping(allowed: StandardDocument.keys, required: ["title", "response_standard"])
        self.marketID = marketID
        self.path = path
        textDigest = Digest.hex(text)
        title = try map.require("title").string()
        lastReviewed = try map["last_reviewed"]?.date()
        let standards = try map.require("response_standard")
        var versions: [StandardHistory.Version] = []
        var locations: [String: SourceLocation] = [:]
        var starts: [CivilDate?: SourceLocation] = [:]
        for item in standards.isSequence ? try standards.sequence() : [standards] {
            let version = try StandardDocument.version(item, regency: marketID == nil, locations: &locations)
            guard starts.updateValue(item.location, forKey: version.effective) == nil else {
                throw item.error(
                    version.effective.map { "two versions take effect on \($0)" } ?? "two versions have no effective date",
                    hint: "only the oldest version may leave out effective; give each other version its own first day")
            }
            versions.append(version)
        }
        guard let history = StandardHistory(versions) else {
            throw standards.error("response_standard needs at least one version", hint: "e.g. default: {respond: 1 hari kerja, resolve: 14 hari kerja}")
        }
        categoryLocations = locations
        versionLocations = starts
        self.history = history
        notApplicable = try StandardDocument.notApplicable(map["not_applicable"])
        self.markdown = document.body
        html = markdown.html(document.body, headingOffset: StandardDocument.headingOffset)
        headings = markdown.headings(document.body)
    }

    /// `not_applicable: {biaya: "Tidak dipungut biaya"}`: component id → reason.
    static func notApplicable(_ value: YAMLValue?) throws(PasarError) -> [ServiceStandardComponent: String] {
        guard let value else { return [:] }
        var result: [ServiceStandardComponent: String] = [:]
        let ids = ServiceStandardComponent.allCases.map(\.rawValue)
        let map = try value.anyMapping()
        for (key, reason) in map.entries {
            guard let component = ServiceStandardComponent(rawValue: key) else {
                throw (map.keyLocation(key) ?? value.location).error(
                    "unknown component \"\(key)\" in not_applicable",
                    hint: (Spelling.closest(to: key, in: ids).map { "did you mean \"\($0)\"? " } ?? "") + "components: \(ids.joined(separator: ", "))")
            }
            let text = try reason.string()
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw reason.error("say why \(key) does not apply") }
            result[component] = text
        }
        return result
    }

    /// One version: `effective` (optional) and the limits by `default` or category id. Category
    /// locations are recorded for the newest version that names them (versions come newest first).
    static func version(_ value: YAMLValue, regency: Bool, locations: inout [String: SourceLocation]) throws(PasarError) -> StandardHistory.Version {
        let map = try value.anyMapping()
        var table = ResponseStandardTable()
        var effective: CivilDate?
        for (key, item) in map.entries {
            if key == effectiveKey {
                effective = try item.date()
            } else if key == "default" {
                table.defaultEntry = try entry(item)
            } else {
                table.categories[key] = try entry(item)
                if locations[key] == nil { locations[key] = map.keyLocation(key) }
            }
        }
        if regency, table.defaultEntry.firstResponse == nil || table.defaultEntry.resolution == nil {
            throw value.error(
                "the regency-wide standard needs a default with both respond and resolve" + (effective.map { " (in the version effective \($0))" } ?? ""),
                hint: "e.g. default: {respond: 1 hari kerja, resolve: 14 hari kerja}")
        }
        return StandardHistory.Version(effective: effective, table: table)
    }

    /// The newest version (the one officers edit).
    public var table: ResponseStandardTable { history.versions[history.versions.count - 1].table }

    static func entry(_ value: YAMLValue) throws(PasarError) -> ResponseStandardTable.Entry {
        let map = try value.mapping(allowed: entryKeys)
        guard !map.entries.isEmpty else { throw value.error("give respond, resolve or both") }
        return ResponseStandardTable.Entry(firstResponse: try map["respond"].map(time), resolution: try map["resolve"].map(time))
    }

    static func time(_ value: YAMLValue) throws(PasarError) -> ResponseTime {
        switch ResponseTime.parse(try value.string()) {
        case let .success(time): return time
        case let .failure(problem):
            var hint: LocalizedText = "write a whole number and jam, hari or hari kerja, e.g. 5 hari kerja"
            if case let .unknownUnit(unit) = problem, let close = Spelling.closest(to: unit, in: ResponseTime.Unit.allCases.map(\.rawValue)) {
                hint = "did you mean \"\(close)\"? " + hint
            }
            if case .tooLong = problem {
                hint = "Perpres 76/2013 gives 60 days to resolve a complaint; see docs/content.md for the limits pasar accepts"
            }
            throw value.error(problem.message, hint: hint)
        }
    }
}
