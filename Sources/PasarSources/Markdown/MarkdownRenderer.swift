import CMarkGFM
import Foundation
import Glibc
import Synchronization

/// GitHub-flavoured Markdown to HTML through cmark-gfm: tables, strikethrough, autolinks and the
/// tag filter. Raw HTML is not passed through and `javascript:` links are emptied.
///
/// cmark-gfm 0.29 is not thread-safe (extension registration and parsing share global state),
/// so every call goes through one lock.
public struct MarkdownRenderer: Sendable {
    private static let lock = Mutex(())
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    public init() {}

    /// The HTML for `markdown`, with every heading moved `headingOffset` levels down (at most to h6),
    /// for documents shown inside a page section.
    public func html(_ markdown: String, headingOffset: Int = 0) -> String {
        let html = render(markdown)
        guard headingOffset > 0 else { return html }
        // cmark writes headings as bare <hN> tags; text that looks like a tag is escaped, so this is exact.
        var shifted = html
        for level in stride(from: 6, through: 1, by: -1) {
            let target = min(6, level + headingOffset)
            shifted = shifted.replacingOccurrences(of: "<h\(level)>", with: "<h\(target)>")
                .replacingOccurrences(of: "</h\(level)>", with: "</h\(target)>")
        }
        return shifted
    }

    /// The text of every heading in `markdown`, in order (for checking a standard's components).
    public func headings(_ markdown: String) -> [String] {
        withDocument(markdown) { document, _ -> [String] in
            var headings: [String] = []
            var current: String?
            guard let iterator = cmark_iter_new(document) else { return [] }
            defer { cmark_iter_free(iterator) }
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_HEADING {
                    if event == CMARK_EVENT_ENTER { current = "" } else if let text = current { headings.append(text); current = nil }
                } else if current != nil, event == CMARK_EVENT_ENTER, type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE,
                          let literal = cmark_node_get_literal(node) {
                    current? += String(cString: literal)
                }
            }
            return headings
        } ?? []
    }

    private func render(_ markdown: String) -> String {
        withDocument(markdown) { document, parser -> String in
            // The parser's extension list must be passed on: with nil the tag filter is silently off.
            guard let rendered = cmark_render_html(document, MarkdownRenderer.options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        } ?? ""
    }

    private static let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART

    /// Parses `markdown` with the GitHub extensions and hands the tree to `body`, all under the lock;
    /// nil only if cmark cannot allocate.
    private func withDocument<T>(_ markdown: String, _ body: (OpaquePointer, OpaquePointer) -> T) -> T? {
        MarkdownRenderer.lock.withLock { _ -> T? in
            cmark_gfm_core_extensions_ensure_registered()
            guard let parser = cmark_parser_new(MarkdownRenderer.options) else { return nil }
            defer { cmark_parser_free(parser) }
            for name in MarkdownRenderer.extensionNames {
                if let syntax = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, syntax)
                }
            }
            markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
            guard let document = cmark_parser_finish(parser) else { return nil }
            defer { cmark_node_free(document) }
            return body(document, parser)
        }
    }
}
