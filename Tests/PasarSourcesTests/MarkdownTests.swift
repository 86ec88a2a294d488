import Testing
@testable import PasarSources

@Suite struct MarkdownTests {
    let markdown = MarkdownRenderer()

    @Test func rendersGitHubTablesStrikethroughAndAutolinks() {
        let html = markdown.html("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~lama~~ www.contoh.example")
        #expect(html.contains("<table>") && html.contains("<td>1</td>"))
        #expect(html.contains("<del>lama</del>"))
        #expect(html.contains("<a href=\"http://www.contoh.example\">www.contoh.example</a>"))
    }

    @Test func dropsRawHTMLAndScriptLinks() {
        let html = markdown.html("<script>alert(1)</script>\n\n<iframe src=x></iframe> [x](javascript:alert(1)) <b>tebal</b>")
        #expect(!html.contains("<script") && !html.contains("<iframe") && !html.contains("javascript:") && !html.contains("<b>"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func givesTheSameHTMLWhenUsedFromManyTasksAtOnce() async {
        // cmark-gfm 0.29 shares global state; without the renderer's lock about one render in five came out wrong.
        let documents = (0..<64).map { "# Dokumen \($0)\n\n| kolom | nilai |\n|---|---|\n| n | \($0) |\n\n~~x\($0)~~ https://contoh.example/\($0)" }
        let expected = documents.map { markdown.html($0) }
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for (index, document) in documents.enumerated() {
                group.addTask { (index, MarkdownRenderer().html(document)) }
            }
            var results = [String](repeating: "", count: documents.count)
            for await (index, html) in group { results[index] = html }
            return results
        }
        #expect(results == expected)
        #expect(expected.allSatisfy { $0.contains("<table>") && $0.contains("<del>") })
    }
}

@Suite struct MarkdownHeadingTests {
    @Test func headingsMoveDownForDocumentsInsideASection() {
        let html = MarkdownRenderer().html("# Satu\n\n## Dua\n\n###### Enam\n\n`<h2>`", headingOffset: 1)
        #expect(html.contains("<h2>Satu</h2>") && html.contains("<h3>Dua</h3>") && html.contains("<h6>Enam</h6>"))
        #expect(html.contains("<code>&lt;h2&gt;</code>"))
    }
}
