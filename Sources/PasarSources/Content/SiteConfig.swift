import Foundation
import PasarCore

/// The site's settings from `content/site.yml`. Paths are relative to the site's root folder.
public struct SiteConfig: Sendable {
    public struct Office: Sendable {
        public var name: String
        public var shortName: String
        public var address: String?
        public var phone: String?
        public var email: String?
        public var website: String?
    }

    public struct License: Sendable {
        public var name: String
        public var url: String
        /// An SPDX / Open Definition id such as CC-BY-4.0, for data packages and catalogs.
        public var id: String?
    }

    /// The portal's title, e.g. "Pasar Terbuka Kabupaten Sukamaju".
    public var title: String
    /// The regency (kabupaten) the office serves.
    public var regency: String
    public var office: Office
    /// The complaint database, relative to the root.
    public var database: String
    /// The output folder, relative to the root.
    public var output: String
    /// The theme folder name under `themes/`.
    public var theme: String
    /// The absolute address the site is published at, ending in `/`; nil when not yet known.
    public var baseURL: String?
    /// The holiday calendar, relative to the root.
    public var holidays: String
    public var license: License
    /// Markets with fewer decided complaints are shown but not ranked.
    public var rankingMinimumDecided: Int
    /// The slug of the content page that explains how to complain, linked from every market page.
    public var howToComplain: String?
    /// When a market × category counts as a recurring problem.
    public var recurrence = RecurrenceRule()

    /// The file name inside `content/`.
    public static let fileName = "site.yml"
    static let keys = ["title", "regency", "office", "database", "output", "theme", "base_url", "holidays", "license", "ranking", "how_to_complain", "recurring_problems"]

    /// Reads and checks `content/site.yml` under `root`.
    public static func load(root: URL) throws(PasarError) -> SiteConfig {
        let relative = "content/\(fileName)"
        let text = try SourceFile.read(root.appending(path: relative), shownAs: relative, hint: "every site needs content/site.yml; see docs/content.md")
        guard let document = try YAMLValue.parse(text, file: relative) else { throw PasarError("the file is empty", at: .file(relative)) }
        return try SiteConfig(document)
    }

    init(_ yaml: YAMLValue) throws(PasarError) {
        let map = try yaml.mapping(allowed: SiteConfig.keys, required: ["title", "regency", "office", "license"])
        title = try map.require("title").string()
        regency = try map.require("regency").string()
        let officeMap = try map.require("office").mapping(
            allowed: ["name", "short_name", "address", "phone", "email", "website"], required: ["name", "short_name"])
        office = Office(
            name: try officeMap.require("name").string(), shortName: try officeMap.require("short_name").string(),
            address: try officeMap["address"]?.string(), phone: try officeMap["phone"]?.string(),
            email: try officeMap["email"]?.string(), website: try officeMap["website"]?.string())
        database = try map["database"]?.string() ?? "database/pengaduan.sqlite"
        output = try map["output"]?.string() ?? "public"
        theme = try map["theme"]?.string() ?? "default"
        holidays = try map["holidays"]?.string() ?? "content/hari-libur.yml"
        let licenseMap = try map.require("license").mapping(allowed: ["name", "url", "id"], required: ["name", "url"])
        license = License(name: try licenseMap.require("name").string(), url: try licenseMap.require("url").string(),
                          id: try licenseMap["id"]?.string())
        if let ranking = map["ranking"] {
            let rankingMap = try ranking.mapping(allowed: ["min_decided"], required: ["min_decided"])
            let value = try rankingMap.require("min_decided")
            rankingMinimumDecided = try value.int()
            guard rankingMinimumDecided >= 1 else { throw value.error("ranking.min_decided must be at least 1") }
        } else {
            rankingMinimumDecided = 10
        }
        howToComplain = try map["how_to_complain"]?.string()
        if let value = map["recurring_problems"] {
            recurrence = try SiteConfig.recurrence(value)
        }
        if let value = map["base_url"] {
            let text = try value.string()
            guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host() != nil else {
                throw value.error("base_url must be an absolute http:// or https:// address, found \"\(text)\"",
                                  hint: "e.g. base_url: https://pasar.sukamajukab.go.id/")
            }
            baseURL = text.hasSuffix("/") ? text : text + "/"
        }
        guard Identifier.isSafe(theme) else {
            throw (map["theme"] ?? yaml).error("theme \"\(theme)\" is not a valid folder name", hint: Identifier.rule)
        }
    }

    /// `recurring_problems: {window_months: 6, min_months: 4, repeat_days: 30}`; each key may be left out.
    static func recurrence(_ value: YAMLValue) throws(PasarError) -> RecurrenceRule {
        let map = try value.mapping(allowed: ["window_months", "min_months", "repeat_days"])
        var rule = RecurrenceRule()
        func number(_ key: String, _ range: ClosedRange<Int>) throws(PasarError) -> Int? {
            guard let item = map[key] else { return nil }
            let number = try item.int()
            guard range.contains(number) else {
                throw item.error("recurring_problems.\(key) must be from \(range.lowerBound) to \(range.upperBound), found \(number)")
            }
            return number
        }
        rule.windowMonths = try number("window_months", 2...24) ?? rule.windowMonths
        rule.minimumMonths = try number("min_months", 1...rule.windowMonths) ?? min(rule.minimumMonths, rule.windowMonths)
        rule.repeatDays = try number("repeat_days", 1...365) ?? rule.repeatDays
        return rule
    }
}

/// Reading text files with errors that name the file.
public enum SourceFile {
    /// The UTF-8 text of `url`, with a byte-order mark removed and Windows (CRLF) and old Mac (CR)
    /// line ends made LF, so a file saved by Notepad reads like any other; `shownAs` is how the file
    /// is named in errors.
    public static func read(_ url: URL, shownAs name: String, hint: LocalizedText? = nil) throws(PasarError) -> String {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw PasarError("file not found", at: .file(name), hint: hint)
        }
        do {
            let data = try Data(contentsOf: url)
            guard let text = String(data: data, encoding: .utf8) else {
                throw PasarError("the file is not UTF-8 text", at: .file(name), hint: "save it as UTF-8")
            }
            return normalizedLines(text)
        } catch let error as PasarError {
            throw error
        } catch {
            throw PasarError("cannot read the file: \(error.localizedDescription)", at: .file(name))
        }
    }

    /// `text` without a leading byte-order mark and with every line ending LF.
    public static func normalizedLines(_ text: String) -> String {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard bytes.contains(0x0D) else { return bytes.count == text.utf8.count ? text : String(decoding: bytes, as: UTF8.self) }
        var lines: [UInt8] = []
        lines.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D {
                lines.append(0x0A)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                lines.append(bytes[index])
            }
            index += 1
        }
        return String(decoding: lines, as: UTF8.self)
    }

    /// The files in `folder` with extension `ext`, sorted by name; empty when the folder is missing.
    public static func list(_ folder: URL, extension ext: String) throws(PasarError) -> [URL] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        do {
            return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == ext }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw PasarError("cannot list the folder: \(error.localizedDescription)", at: .file(folder.path))
        }
    }
}
