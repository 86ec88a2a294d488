/// Where a problem was found: a position in a file, or a row or table of the database.
public enum SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    case file(String, line: Int? = nil, column: Int? = nil)
    case row(table: String, id: String)
    case table(String)

    public var description: String {
        switch self {
        case let .file(path, line?, column?): "\(path):\(line):\(column)"
        case let .file(path, line?, nil): "\(path):\(line)"
        case let .file(path, nil, _): path
        case let .row(table, id): "table \(table), row id \"\(id)\""
        case let .table(table): "table \(table)"
        }
    }
}

/// One finding of a build or a check, printed as `location: severity: message` and an optional hint.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable { case error, warning }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    public var hint: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }

    /// As `description`, with control and bidirectional characters in every part written as `\u{…}`
    /// (an id from the database could otherwise move the cursor or hide text in the terminal).
    public var terminalText: String {
        var text = location.map { "\(SafeText.terminal($0.description)): " } ?? ""
        text += "\(severity.rawValue): \(SafeText.terminal(message))"
        if let hint { text += "\n  hint: \(SafeText.terminal(hint))" }
        return text
    }
}

/// The error every stage throws: one or more diagnostics, each with its location.
public struct PasarError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ message: String, at location: SourceLocation? = nil, hint: String? = nil) {
        diagnostics = [Diagnostic(.error, message, at: location, hint: hint)]
    }

    public init(diagnostics: [Diagnostic]) {
        precondition(!diagnostics.isEmpty, "a PasarError needs at least one diagnostic")
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
