import Foundation
import Mustache
import PasarCore
import PasarSources

/// A theme: Mustache templates, interface strings per language and static assets, read from
/// `themes/<name>/`. A theme may name a parent in `theme.yml` (`extends: default`); any file with the
/// same path in the child wins, and single strings can be overridden.
public struct Theme: Sendable {
    public let name: String
    /// Theme folders from the base theme to the chosen one.
    public let chain: [String]
    /// The templates per language, with the interface strings (`{{t.…}}`) written in (see `inlining`).
    let libraries: [Language: MustacheLibrary]
    public let templateNames: Set<String>
    /// Template texts by name, for checks.
    public let templateSources: [String: String]
    public let strings: [Language: StringTable]
    /// Files to copy to `assets/` in the output: path below `assets/` → source file.
    public let assets: [(path: String, source: URL)]

    /// Templates every theme must provide.
    public static let requiredTemplates = [
        "overview", "market", "notice", "market-list", "districts", "district", "category", "standard", "recurring", "page", "data", "data-quality", "methodology", "not-found", "editions", "edition",
    ]
    /// String keys Swift code reads (formats, labels it composes); templates read the rest.
    public static let requiredStrings = [
        "format.decimal_separator", "format.group_separator", "format.none", "format.percent", "format.share",
        "format.hours", "format.days", "format.working_days", "format.unit_hours", "format.unit_days",
        "format.unit_working_days", "format.date", "format.time", "format.datetime", "format.period",
        "status.diterima", "status.diverifikasi", "status.diproses", "status.selesai", "status.ditolak",
        "rank.ranked", "rank.too_few", "nav.overview", "nav.data", "nav.methodology", "nav.data_quality",
        "language.name", "cite.template", "holiday.libur_nasional", "holiday.cuti_bersama", "holiday.libur_daerah",
    ]

    /// Loads `themes/<name>` under `root` with its parents.
    public static func load(root: URL, name: String) throws(PasarError) -> Theme {
        var chain: [String] = []
        var current: String? = name
        while let theme = current {
            guard !chain.contains(theme) else {
                throw PasarError("themes extend each other in a circle: \((chain + [theme]).joined(separator: " → "))", at: .file("themes/\(theme)/theme.yml"))
            }
            let folder = root.appending(path: "themes/\(theme)")
            guard FileManager.default.fileExists(atPath: folder.path) else {
                throw PasarError("theme \"\(theme)\" not found", at: .file("themes/\(theme)"),
                                 hint: "set theme: in content/site.yml to a folder under themes/ (default: default)")
            }
            chain.insert(theme, at: 0)
            current = try parent(of: theme, root: root)
        }

        var sources: [String: (text: String, path: String)] = [:]
        var strings: [Language: StringTable] = [:]
        var assets: [String: URL] = [:]
        for theme in chain {
            let folder = root.appending(path: "themes/\(theme)")
            for (relative, url) in try files(under: folder.appending(path: "templates")) where relative.hasSuffix(".mustache") {
                let path = "themes/\(theme)/templates/\(relative)"
                sources[String(relative.dropLast(".mustache".count))] = (try SourceFile.read(url, shownAs: path), path)
            }
            for language in Language.all {
                let path = "themes/\(theme)/strings/\(language.code).yml"
                let url = root.appending(path: path)
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                guard let yaml = try YAMLValue.parse(try SourceFile.read(url, shownAs: path), file: path) else { continue }
                let table = try StringTable.parse(yaml)
                strings[language] = strings[language].map { $0.overridden(by: table) } ?? table
            }
            for (relative, url) in try files(under: folder.appending(path: "assets")) { assets[relative] = url }
        }

        var libraries: [Language: MustacheLibrary] = [:]
        HTMLEscaping.register()
        for language in Language.all {
            var library = MustacheLibrary()
            for (templateName, source) in sources.sorted(by: { $0.key < $1.key }) {
                let inlined = strings[language].map { Theme.inlining($0, into: source.text) } ?? source.text
                let text = HTMLEscaping.pragma + inlined
                do {
                    library.register(try MustacheTemplate(string: text), named: templateName)
                } catch let error as MustacheTemplate.ParserError {
                    // Inlining only replaces whole variable tags, so positions before the error are the source's.
                    throw PasarError("template error: \(error.error)", at: .file(source.path, line: error.context.lineNumber, column: error.context.columnNumber))
                } catch {
                    throw PasarError("template error: \(error)", at: .file(source.path))
                }
            }
            libraries[language] = library
        }
        let missingTemplates = requiredTemplates.filter { sources[$0] == nil }
        guard missingTemplates.isEmpty else {
            throw PasarError("theme \"\(name)\" lacks the template\(missingTemplates.count > 1 ? "s" : "") \(missingTemplates.joined(separator: ", "))",
                             at: .file("themes/\(name)/templates"), hint: "add `extends: default` to themes/\(name)/theme.yml to inherit them")
        }
        let required = requiredStrings + DataDictionary.names.map { "data_dictionary.\($0)" } + OpenData.resourceNames.map { "data_resources.\($0)" }
            + RecordProblem.codes.map { "problem.\($0)" }
        for language in Language.all {
            let missing = required.filter { strings[language]?.texts[$0] == nil }
            guard missing.isEmpty else {
                throw PasarError("missing string\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", "))",
                                 at: .file("themes/\(name)/strings/\(language.code).yml"))
            }
        }
        return Theme(
            name: name, chain: chain, libraries: libraries, templateNames: Set(sources.keys),
            templateSources: sources.mapValues(\.text), strings: strings,
            assets: assets.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// The first of `names` the theme has: the most specific template wins (`market-<id>` before `market`).
    public func templateName(preferring names: [String]) -> String? {
        names.first { templateNames.contains($0) }
    }

    /// Renders `context` with the template `name` in `language`.
    public func render(_ name: String, context: Any, language: Language) throws(PasarError) -> String {
        guard let html = libraries[language]?.render(context, withTemplate: name) else {
            throw PasarError("theme \"\(self.name)\" has no template \(name)")
        }
        return html
    }

    /// The template with every `{{t.key}}` (and unescaped `{{{t.key}}}`, `{{& t.key}}`) replaced by
    /// the string itself, escaped as Mustache would. The strings are the same on every page of a
    /// language, and looking each one up through the context stack was a large share of rendering.
    /// Sections over strings (`{{#t.list}}`) and keys the table lacks are left to the context.
    static func inlining(_ strings: StringTable, into template: String) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            let triple = afterOpen.hasPrefix("{")
            let closing = triple ? "}}}" : "}}"
            guard let close = afterOpen.range(of: closing) else { break }
            var name = afterOpen[afterOpen.startIndex..<close.lowerBound]
            if triple { name = name.dropFirst() }
            let raw = triple || name.hasPrefix("&")
            if name.hasPrefix("&") { name = name.dropFirst() }
            let key = name.trimmingCharacters(in: .whitespaces)
            if key.hasPrefix("t."), let text = strings.texts[String(key.dropFirst(2))], !text.contains("{{"), !text.contains("}}") {
                result += raw ? text : mustacheEscaped(text)
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = afterOpen[close.upperBound...]
        }
        return result + rest
    }

    /// HTML escaping as every `{{x}}` of the theme is escaped.
    static func mustacheEscaped(_ text: String) -> String { HTMLEscaping().escapeText(text) }

    static func parent(of theme: String, root: URL) throws(PasarError) -> String? {
        let path = "themes/\(theme)/theme.yml"
        let url = root.appending(path: path)
        guard FileManager.default.fileExists(atPath: url.path),
              let yaml = try YAMLValue.parse(try SourceFile.read(url, shownAs: path), file: path) else { return nil }
        let map = try yaml.mapping(allowed: ["name", "description", "extends"])
        return try map["extends"]?.string()
    }

    /// Regular files below `folder` (recursively), as sorted (relative path, url) pairs.
    static func files(under folder: URL) throws(PasarError) -> [(String, URL)] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var found: [(String, URL)] = []
        let base = folder.standardizedFileURL.path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base) else { continue }
            let relative = String(path.dropFirst(base.count))
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            found.append((relative, url))
        }
        return found.sorted { $0.0 < $1.0 }
    }
}

/// The escaping of `{{x}}` in the theme's templates: `<`, `>`, `&`, `"` and `'` as swift-mustache's own
/// HTML content type writes them, but byte by byte, returning text without those characters as it
/// is. (swift-mustache looks every character up in a dictionary, which was a few percent of a
/// province's build; byte-level escaping also escapes a `<` that a combining mark follows.)
struct HTMLEscaping: MustacheContentType {
    static let name = "PASAR_HTML"
    /// Put first in every template so that it, its partials and its blocks escape this way.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    /// Registers the content type with swift-mustache (its registry is process-wide); the same
    /// stateless value every time, so registering again changes nothing.
    static func register() { MustacheContentTypes.register(HTMLEscaping(), named: name) }

    func escapeText(_ text: String) -> String {
        // Control and bidirectional characters from the data are left out (`SafeText.published`).
        let text = SafeText.published(text)
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x3C: bytes += Array("&lt;".utf8)
            case 0x3E: bytes += Array("&gt;".utf8)
            case 0x26: bytes += Array("&amp;".utf8)
            case 0x22: bytes += Array("&quot;".utf8)
            case 0x27: bytes += Array("&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
