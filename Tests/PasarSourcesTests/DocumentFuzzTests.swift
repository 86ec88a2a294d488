import PropertyBased
import Testing
import PasarCore
@testable import PasarSources

/// Standard documents mangled at random — pieces of YAML and Markdown syntax, control characters,
/// Windows line ends, huge numbers inserted, lines cut — always give either a document or an error
/// that names the file, never a crash or a hang.
@Suite struct DocumentFuzzTests {
    static let valid = """
        ---
        title: Standar Pelayanan Pasar A
        last_reviewed: 2025-06-01
        response_standard:
          default: {respond: 1 hari kerja, resolve: 10 hari kerja}
          keamanan: {respond: 2 jam, resolve: 2 hari}
        not_applicable: {biaya: "Tidak ada biaya"}
        ---

        ## Persyaratan

        Sebutkan **nomor kios**. | a | b |
        |---|---|
        | 1 | 2 |
        """

    static let pieces = [
        "---", "\n", "\r\n", "\r", ":", ": ", "{", "}", "[", "]", ",", "\"", "'", "#", "- ", "  ", "\t", "&a", "*a", "!!str",
        "99999999999999999999999", "9223372036854775807", "-1", "0", "1000000000 hari kerja", "jam", "hari kerja", "respond",
        "resolve", "response_standard", "title", "default", "\u{0}", "\u{1B}[31m", "\u{202E}", "\u{FEFF}", "é", "😀",
        "<script>", "</h2>", "```", "|", "~~", "[x](javascript:1)", "2025-02-30", "last_reviewed: ", "not_applicable",
    ]

    /// Edits: (position, what to do, which piece), as small numbers so failures shrink to small cases.
    static let edits = Gen.int(in: 0...10_000).array(of: 3).array(of: 1...12)

    static func mangle(_ edits: [[Int]]) -> String {
        var text = Array(valid.unicodeScalars)
        for edit in edits {
            let position = text.isEmpty ? 0 : edit[0] % (text.count + 1)
            let piece = Array(pieces[edit[2] % pieces.count].unicodeScalars)
            switch edit[1] % 3 {
            case 0: text.insert(contentsOf: piece, at: position)
            case 1: text.removeSubrange(position..<min(text.count, position + edit[2] % 20))
            default: text.replaceSubrange(position..<min(text.count, position + piece.count), with: piece)
            }
        }
        return String(String.UnicodeScalarView(text))
    }

    @Test func mangledDocumentsGiveADocumentOrALocatedError() async {
        let markdown = MarkdownRenderer()
        await propertyCheck(count: 400, input: Self.edits) { edits in
            let text = Self.mangle(edits)
            do throws(PasarError) {
                let document = try StandardDocument(text: SourceFile.normalizedLines(text), path: "content/pasar/pasar-a.md",
                                                    marketID: "pasar-a", markdown: markdown)
                #expect(!document.html.contains("<script"))
                for entry in [document.table.defaultEntry] + document.table.categories.values {
                    for limit in [entry.firstResponse, entry.resolution].compactMap({ $0 }) {
                        #expect(limit.amount <= ResponseTime.maximum(limit.unit).amount)
                    }
                }
            } catch {
                #expect(error.diagnostics.allSatisfy { $0.location?.description.hasPrefix("content/pasar/pasar-a.md") == true }, "\(error)")
            }
        }
    }

    @Test func anyTextRendersAsMarkdownWithoutRawHTML() async {
        let markdown = MarkdownRenderer()
        await propertyCheck(count: 300, input: Self.edits) { edits in
            let html = markdown.html(Self.mangle(edits), headingOffset: 1)
            #expect(!html.contains("<script") && !html.lowercased().contains("href=\"javascript:"))
        }
    }
}
