import PasarCore
import Yams

/// A YAML node together with where it came from, so every error can name the file and line.
/// Decoding is strict: unknown keys are errors that list the known ones (catches `resolve_whitin`).
public struct YAMLValue {
    let node: Node
    let file: String
    /// Lines above the YAML text in its file (front matter starts below the `---` line).
    let lineOffset: Int

    /// Parses `text`; nil for an empty document.
    public static func parse(_ text: String, file: String, lineOffset: Int = 0) throws(PasarError) -> YAMLValue? {
        do {
            guard let node = try Yams.compose(yaml: text) else { return nil }
            return YAMLValue(node: node, file: file, lineOffset: lineOffset)
        } catch let error as YamlError {
            throw YAMLValue.describe(error, file: file, lineOffset: lineOffset)
        } catch {
            throw PasarError("cannot read YAML: \(error)", at: .file(file))
        }
    }

    public var location: SourceLocation {
        .file(file, line: node.mark.map { $0.line + lineOffset }, column: node.mark?.column)
    }

    /// An error located at this value.
    public func error(_ message: LocalizedText, hint: LocalizedText? = nil) -> PasarError {
        PasarError(message, at: location, hint: hint)
    }

    /// A scalar as text (numbers and dates as written).
    public func string() throws(PasarError) -> String {
        guard case let .scalar(scalar) = node else { throw error("expected a single value, found \(kind)") }
        return scalar.string
    }

    public func int() throws(PasarError) -> Int {
        guard let value = Int(try string()) else { throw error("expected a whole number, found \"\(try string())\"") }
        return value
    }

    /// A date written `YYYY-MM-DD`.
    public func date() throws(PasarError) -> CivilDate {
        let text = try string()
        guard let date = CivilDate(iso: text) else { throw error("expected a date YYYY-MM-DD, found \"\(text)\"") }
        return date
    }

    /// A date `YYYY-MM-DD` within `Timestamp.plausibleYears`, so a mistyped year stops at its line.
    public func plausibleDate() throws(PasarError) -> CivilDate {
        let day = try date()
        guard Timestamp.plausibleYears.contains(day.year) else {
            throw error("the year \(day.year) is outside \(Timestamp.plausibleYears.lowerBound)–\(Timestamp.plausibleYears.upperBound)")
        }
        return day
    }

    public func sequence() throws(PasarError) -> [YAMLValue] {
        guard case let .sequence(items) = node else { throw error("expected a list, found \(kind)") }
        return items.map { YAMLValue(node: $0, file: file, lineOffset: lineOffset) }
    }

    /// A mapping whose keys must all be in `allowed`, and must include every key in `required`.
    public func mapping(allowed: [String], required: [String] = []) throws(PasarError) -> YAMLMapping {
        let mapping = try anyMapping()
        for (index, entry) in mapping.entries.enumerated() where !allowed.contains(entry.key) {
            let hint = Spelling.closest(to: entry.key, in: allowed).map { close -> LocalizedText in "did you mean \"\(close)\"?" }
            throw mapping.keyNodes[index].error(
                "unknown key \"\(entry.key)\"; allowed keys: \(allowed.joined(separator: ", "))", hint: hint)
        }
        for key in required where mapping[key] == nil {
            throw error("missing key \"\(key)\"")
        }
        return mapping
    }

    /// A mapping with any keys (e.g. category ids); the caller checks them.
    public func anyMapping() throws(PasarError) -> YAMLMapping {
        guard case let .mapping(pairs) = node else { throw error("expected keys and values, found \(kind)") }
        var entries: [(String, YAMLValue)] = []
        var keyNodes: [YAMLValue] = []
        for (key, value) in pairs {
            let keyValue = YAMLValue(node: key, file: file, lineOffset: lineOffset)
            guard case let .scalar(scalar) = key else { throw keyValue.error("a key must be a plain word") }
            entries.append((scalar.string, YAMLValue(node: value, file: file, lineOffset: lineOffset)))
            keyNodes.append(keyValue)
        }
        return YAMLMapping(entries: entries, keyNodes: keyNodes, owner: self)
    }

    public var isMapping: Bool { if case .mapping = node { true } else { false } }
    public var isSequence: Bool { if case .sequence = node { true } else { false } }

    var kind: LocalizedText {
        switch node {
        case .scalar: "a single value"
        case .mapping: "keys and values"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    static func describe(_ error: YamlError, file: String, lineOffset: Int) -> PasarError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return PasarError(
                "invalid YAML: \(problem)", at: .file(file, line: mark.line + lineOffset, column: mark.column),
                hint: "check the indentation and that text containing ':' or '#' is in quotes")
        case let .duplicatedKeysInMapping(duplicates, context):
            return PasarError(
                "the key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) appears twice",
                at: .file(file, line: context.mark.line + lineOffset, column: context.mark.column))
        default:
            return PasarError("invalid YAML: \(error)", at: .file(file))
        }
    }
}

/// The keys and values of a YAML mapping, in file order.
public struct YAMLMapping {
    public let entries: [(key: String, value: YAMLValue)]
    /// The key of each entry, for errors that point at the key rather than its value.
    let keyNodes: [YAMLValue]
    let owner: YAMLValue

    /// The location of `key` in the file.
    public func keyLocation(_ key: String) -> SourceLocation? {
        entries.firstIndex { $0.key == key }.map { keyNodes[$0].location }
    }

    public subscript(key: String) -> YAMLValue? { entries.first { $0.key == key }?.value }

    public func require(_ key: String) throws(PasarError) -> YAMLValue {
        guard let value = self[key] else { throw owner.error("missing key \"\(key)\"") }
        return value
    }

    public var location: SourceLocation { owner.location }
}
