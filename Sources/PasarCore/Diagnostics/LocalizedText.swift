/// The language messages are written in: Indonesian by default, English on request.
public enum MessageLanguage: String, Sendable, Hashable, CaseIterable {
    case indonesian = "id", english = "en"
}

/// A message for people, written in the code as an English string literal with interpolations
/// (`"market \"\(id)\" is unknown"`). The literal is kept as a template with numbered places
/// (`market "{0}" is unknown`) and its values, so it can be shown in Indonesian from
/// `MessageCatalog` (looked up by that template) or in English as written. A value that is itself
/// a `LocalizedText` is translated too.
public struct LocalizedText: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// One interpolated value.
    public enum Value: Sendable, Hashable, Codable {
        case plain(String)
        case text(LocalizedText)
    }

    indirect enum Storage: Sendable {
        /// English template and values.
        case template(String, [Value])
        /// Pieces joined with `+`, each translated on its own.
        case joined([LocalizedText])
        /// Text that is not translated (a system error's words, a file's content).
        case verbatim(String)
        /// Both renderings, as stored in a build manifest.
        case fixed(english: String, indonesian: String)
    }

    let storage: Storage

    init(_ storage: Storage) { self.storage = storage }

    /// Text shown as it is in every language.
    public init(verbatim text: String) { storage = .verbatim(text) }

    public init(stringLiteral value: String) { storage = .template(LocalizedText.escaped(value), []) }

    public init(stringInterpolation: Interpolation) {
        storage = .template(stringInterpolation.template, stringInterpolation.values)
    }

    /// Builds the template while Swift reads an interpolated literal.
    public struct Interpolation: StringInterpolationProtocol {
        var template = ""
        var values: [Value] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            template.reserveCapacity(literalCapacity + 4 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) { template += LocalizedText.escaped(literal) }

        public mutating func appendInterpolation(_ text: LocalizedText) {
            template += "{\(values.count)}"
            values.append(.text(text))
        }

        public mutating func appendInterpolation(_ value: some Any) {
            template += "{\(values.count)}"
            values.append(.plain(String(describing: value)))
        }
    }

    /// The English template (`market "{0}" is unknown`), the key of the Indonesian one in `MessageCatalog`.
    public var template: String? {
        if case let .template(template, _) = storage { return template }
        return nil
    }

    /// What makes two texts the same kind of message whatever their values: the templates.
    public var kind: String {
        switch storage {
        case let .template(template, _): template
        case let .joined(parts): parts.map(\.kind).joined(separator: "\u{1}")
        case let .verbatim(text): text
        case let .fixed(english, _): english
        }
    }

    /// Every template in this text and the texts it holds.
    public var templates: [String] {
        switch storage {
        case let .template(template, values):
            return [template] + values.flatMap { value -> [String] in
                if case let .text(text) = value { return text.templates }
                return []
            }
        case let .joined(parts): return parts.flatMap(\.templates)
        case .verbatim, .fixed: return []
        }
    }

    /// The text in `language`; English where the catalog has no Indonesian.
    public func text(_ language: MessageLanguage) -> String {
        switch storage {
        case let .template(template, values):
            let chosen = language == .indonesian ? MessageCatalog.indonesian[template] ?? template : template
            return LocalizedText.fill(chosen, values.map { value in
                switch value {
                case let .plain(text): text
                case let .text(text): text.text(language)
                }
            })
        case let .joined(parts): return parts.map { $0.text(language) }.joined()
        case let .verbatim(text): return text
        case let .fixed(english, indonesian): return language == .indonesian ? indonesian : english
        }
    }

    public var english: String { text(.english) }

    /// Equal when both renderings are: a text read back from a manifest equals the one it was made from.
    public static func == (lhs: LocalizedText, rhs: LocalizedText) -> Bool {
        lhs.text(.english) == rhs.text(.english) && lhs.text(.indonesian) == rhs.text(.indonesian)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(text(.english)) }
    public var description: String { english }
    public var isEmpty: Bool { english.isEmpty }

    /// The texts with `separator` between them.
    public static func joined(_ texts: [LocalizedText], separator: String) -> LocalizedText {
        var parts: [LocalizedText] = []
        for (index, text) in texts.enumerated() {
            if index > 0 { parts.append(LocalizedText(verbatim: separator)) }
            parts.append(text)
        }
        return LocalizedText(.joined(parts))
    }

    /// Pieces shown one after another, each translated on its own.
    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(.joined([lhs, rhs]))
    }

    /// A literal brace is doubled, so `{0}` in a template is always a place for a value.
    static func escaped(_ literal: String) -> String {
        guard literal.contains(where: { $0 == "{" || $0 == "}" }) else { return literal }
        var result = ""
        for c in literal {
            result.append(c)
            if c == "{" || c == "}" { result.append(c) }
        }
        return result
    }

    /// The template with `{n}` replaced by the n-th value and doubled braces made single.
    static func fill(_ template: String, _ values: [String]) -> String {
        var result = ""
        var characters = template.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return characters.next()
        }
        while let c = next() {
            if c == "{" {
                guard let d = next() else { result.append(c); break }
                if d == "{" { result.append("{"); continue }
                var digits = String(d)
                while let e = next() {
                    if e == "}" { break }
                    digits.append(e)
                }
                if let index = Int(digits), values.indices.contains(index) { result += values[index] } else { result += "{\(digits)}" }
            } else if c == "}" {
                if let d = next(), d != "}" { pending = d }
                result.append("}")
            } else {
                result.append(c)
            }
        }
        return result
    }

    // Stored as both renderings: a manifest read back by a later build needs no catalog.
    enum CodingKeys: String, CodingKey { case en, id }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        storage = .fixed(english: try container.decode(String.self, forKey: .en), indonesian: try container.decode(String.self, forKey: .id))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text(.english), forKey: .en)
        try container.encode(text(.indonesian), forKey: .id)
    }
}
