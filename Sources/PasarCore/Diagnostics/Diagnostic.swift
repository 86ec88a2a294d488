/// Where a problem was found: a position in a file, or a row or table of the database.
public enum SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    case file(String, line: Int? = nil, column: Int? = nil)
    case row(table: String, id: String)
    case table(String)

    public var description: String { text(.english) }

    /// `content/x.md:3`, or the table and row in `language`.
    public func text(_ language: MessageLanguage) -> String {
        switch self {
        case let .file(path, line?, column?): "\(path):\(line):\(column)"
        case let .file(path, line?, nil): "\(path):\(line)"
        case let .file(path, nil, _): path
        case let .row(table, id): language == .indonesian ? "tabel \(table), baris id \"\(id)\"" : "table \(table), row id \"\(id)\""
        case let .table(table): language == .indonesian ? "tabel \(table)" : "table \(table)"
        }
    }
}

/// One finding of a build or a check, printed as `location: severity: message` and an optional hint.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning

        /// The word printed before the message.
        public func word(_ language: MessageLanguage) -> String {
            switch (self, language) {
            case (.error, .indonesian): "kesalahan"
            case (.warning, .indonesian): "peringatan"
            case (.error, .english): "error"
            case (.warning, .english): "warning"
            }
        }
    }

    public var severity: Severity
    public var location: SourceLocation?
    /// What is wrong, in both languages.
    public var text: LocalizedText
    /// What to do about it.
    public var hintText: LocalizedText?
    /// How much the finding matters for the published figures (higher first in a build's summary):
    /// 2 figures already published would change or are wrong, 1 records left out, 0 completeness.
    public var priority: Int
    /// True when the location names a rahasia complaint: shown to the officer at the terminal, but
    /// kept only as its table wherever the finding is stored (the output's manifest is published
    /// with the site).
    public var confidential: Bool

    public init(_ severity: Severity, _ message: LocalizedText, at location: SourceLocation? = nil, hint: LocalizedText? = nil,
                priority: Int = 0, confidential: Bool = false) {
        self.severity = severity
        self.location = location
        text = message
        hintText = hint.flatMap { $0.isEmpty ? nil : $0 }
        self.priority = priority
        self.confidential = confidential
    }

    enum CodingKeys: String, CodingKey { case severity, location, text, hintText, priority }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(severity, forKey: .severity)
        var stored = location
        if confidential, case let .row(table, _) = location { stored = .table(table) }
        try c.encodeIfPresent(stored, forKey: .location)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(hintText, forKey: .hintText)
        try c.encode(priority, forKey: .priority)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        severity = try c.decode(Severity.self, forKey: .severity)
        location = try c.decodeIfPresent(SourceLocation.self, forKey: .location)
        text = try c.decode(LocalizedText.self, forKey: .text)
        hintText = try c.decodeIfPresent(LocalizedText.self, forKey: .hintText)
        priority = try c.decodeIfPresent(Int.self, forKey: .priority) ?? 0
        confidential = false
    }

    /// The message in English (as tests and logs read it).
    public var message: String { text.english }
    public var hint: String? { hintText?.english }

    /// In English, as tests and logs read it.
    public var description: String { rendered(.english, safe: false) }

    /// In `language`, with control and bidirectional characters in every part written as `\u{…}`
    /// (an id from the database could otherwise move the cursor or hide text in the terminal).
    public func terminalText(_ language: MessageLanguage) -> String { rendered(language, safe: true) }

    func rendered(_ language: MessageLanguage, safe: Bool) -> String {
        func clean(_ text: String) -> String { safe ? SafeText.terminal(text) : text }
        var result = location.map { "\(clean($0.text(language))): " } ?? ""
        result += "\(severity.word(language)): \(clean(text.text(language)))"
        if let hintText { result += "\n  \(language == .indonesian ? "saran" : "hint"): \(clean(hintText.text(language)))" }
        return result
    }
}

/// The error every stage throws: one or more diagnostics, each with its location.
public struct PasarError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ message: LocalizedText, at location: SourceLocation? = nil, hint: LocalizedText? = nil) {
        diagnostics = [Diagnostic(.error, message, at: location, hint: hint)]
    }

    public init(diagnostics: [Diagnostic]) {
        precondition(!diagnostics.isEmpty, "a PasarError needs at least one diagnostic")
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
