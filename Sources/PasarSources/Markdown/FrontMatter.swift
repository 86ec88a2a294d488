import PasarCore

/// A Markdown file split into its YAML front matter (between `---` lines) and its body.
public struct FrontMatterDocument {
    /// The front matter, or nil when the file has none.
    public let frontMatter: YAMLValue?
    public let body: String

    /// Splits `text`; the front matter's line numbers are those of the file.
    public init(text: String, file: String) throws(PasarError) {
        let normalized = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimming(" \r\t") == "---" else {
            frontMatter = nil
            body = normalized
            return
        }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0].trimming(" \r\t") == "---" }) else {
            throw PasarError(
                "front matter starts with '---' but is never closed", at: .file(file, line: 1),
                hint: "add a line with only '---' after the front matter")
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        frontMatter = try YAMLValue.parse(yaml, file: file, lineOffset: 1)
        body = lines[(closing + 1)...].joined(separator: "\n")
    }
}
