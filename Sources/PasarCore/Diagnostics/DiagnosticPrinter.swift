/// How build, check, import and serve write diagnostics: in the user's language, terminal-safe,
/// and with repeated findings of one kind grouped (a thousand markets without a document of their
/// own are one finding with its count, not a thousand lines).
public struct DiagnosticPrinter: Sendable {
    public let language: MessageLanguage
    /// How many findings of one kind are written out before the rest are counted.
    public let shownPerKind: Int

    public init(language: MessageLanguage, shownPerKind: Int = 3) {
        self.language = language
        self.shownPerKind = shownPerKind
    }

    /// Findings of one kind: the same message template and severity.
    public struct Group: Sendable {
        public let diagnostics: [Diagnostic]
        public var first: Diagnostic { diagnostics[0] }
        public var count: Int { diagnostics.count }
    }

    /// The diagnostics grouped by kind, in order of first appearance.
    public static func groups(_ diagnostics: [Diagnostic]) -> [Group] {
        var order: [String] = []
        var byKind: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            let kind = "\(diagnostic.severity.rawValue)\u{1}\(diagnostic.text.kind)"
            if byKind[kind] == nil { order.append(kind) }
            byKind[kind, default: []].append(diagnostic)
        }
        return order.compactMap { byKind[$0].map { Group(diagnostics: $0) } }
    }

    /// Every diagnostic, or `shownPerKind` of each kind and a line counting the others like them.
    public func lines(_ diagnostics: [Diagnostic], all: Bool = false) -> [String] {
        var lines: [String] = []
        for group in Self.groups(diagnostics) {
            let shown = all ? group.diagnostics : Array(group.diagnostics.prefix(shownPerKind))
            lines += shown.map { $0.terminalText(language) }
            let rest = group.count - shown.count
            if rest > 0 {
                let more: LocalizedText = "… and \(rest) more like this (pasar check --all lists every one)"
                lines.append("  " + more.text(language))
            }
        }
        return lines
    }

    /// The most important few, one line per kind with its count: for the end of a build.
    public func summary(_ diagnostics: [Diagnostic], kinds: Int = 5) -> [String] {
        let groups = Self.groups(diagnostics).sorted { ($0.first.priority, $0.count) > ($1.first.priority, $1.count) }
        var lines = groups.prefix(kinds).map { group -> String in
            let text = group.first.terminalText(language).split(separator: "\n").first.map(String.init) ?? ""
            let more: LocalizedText = " (and \(group.count - 1) more like this)"
            return "  " + text + (group.count > 1 ? more.text(language) : "")
        }
        if groups.count > kinds {
            let more: LocalizedText = "  … and \(groups.count - kinds) more kinds of warning: run pasar check"
            lines.append(more.text(language))
        }
        return lines
    }
}
