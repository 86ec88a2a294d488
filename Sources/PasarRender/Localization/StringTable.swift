import PasarCore
import PasarSources

/// A theme's interface strings for one language, from `strings/<code>.yml` (nested keys, e.g.
/// `market.open_now`). Templates read them as `{{t.market.open_now}}`; Swift reads formats by key.
/// Unchecked Sendable: `templateValue` holds only strings, lists of strings and dictionaries of them,
/// built once and never changed.
public struct StringTable: @unchecked Sendable {
    /// Every string by dotted key.
    public let texts: [String: String]
    /// Lists such as month names, by dotted key.
    public let lists: [String: [String]]
    /// Nested dictionaries for templates: `market.open_now` → ["market": ["open_now": …]]. Built once
    /// per table, not per page.
    public let templateValue: [String: Any]

    public init(texts: [String: String] = [:], lists: [String: [String]] = [:]) {
        self.texts = texts
        self.lists = lists
        var root: [String: Any] = [:]
        for (key, value) in texts { TemplateTree.insert(value, at: key.split(separator: ".").map(String.init), into: &root) }
        for (key, value) in lists { TemplateTree.insert(value, at: key.split(separator: ".").map(String.init), into: &root) }
        templateValue = root
    }

    /// Reads a strings file.
    static func parse(_ yaml: YAMLValue) throws(PasarError) -> StringTable {
        var texts: [String: String] = [:], lists: [String: [String]] = [:]
        func add(_ yaml: YAMLValue, prefix: String) throws(PasarError) {
            for (key, value) in try yaml.anyMapping().entries {
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                if value.isMapping {
                    try add(value, prefix: path)
                } else if value.isSequence {
                    lists[path] = try value.sequence().map { item throws(PasarError) in try item.string() }
                } else {
                    texts[path] = try value.string()
                }
            }
        }
        try add(yaml, prefix: "")
        return StringTable(texts: texts, lists: lists)
    }

    /// This table with every entry of `other` put over it (a site theme overriding single strings).
    public func overridden(by other: StringTable) -> StringTable {
        StringTable(texts: texts.merging(other.texts) { $1 }, lists: lists.merging(other.lists) { $1 })
    }

    /// The string for `key`; a missing key shows as `⟦key⟧` (themes are checked for required keys when loaded).
    public func text(_ key: String) -> String { texts[key] ?? "⟦\(key)⟧" }

    /// The string for `key` with each `{name}` replaced, in one pass (a value is never itself
    /// searched for placeholders); an unknown `{name}` stays as written.
    public func text(_ key: String, _ values: [String: String]) -> String {
        let template = text(key)
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    public func list(_ key: String) -> [String] { lists[key] ?? [] }
}

enum TemplateTree {
    static func insert(_ value: Any, at path: [String], into tree: inout [String: Any]) {
        guard let first = path.first else { return }
        if path.count == 1 {
            tree[first] = value
        } else {
            var child = tree[first] as? [String: Any] ?? [:]
            insert(value, at: Array(path.dropFirst()), into: &child)
            tree[first] = child
        }
    }
}
