import Foundation
import PasarCore

/// Loads a folder of Markdown documents, one item per file, with their English translations
/// (`<name>.en.md`). Every file's errors are collected, so one run reports them all.
enum MarkdownCollection {
    /// The items of `folder` (relative to `root`) made by `make` from each original file's text,
    /// its path as messages show it, its name without `.md`, and its translation.
    static func load<Item>(
        _ folder: String, root: URL, markdown: MarkdownRenderer,
        make: (_ text: String, _ path: String, _ slug: String, _ english: Translation?) throws(PasarError) -> Item
    ) throws(PasarError) -> [Item] {
        var items: [Item] = []
        var problems: [Diagnostic] = []
        let files = try SourceFile.list(root.appending(path: folder), extension: "md")
        let (originals, english) = try Translation.partition(files, folder: folder, markdown: markdown)
        for file in originals {
            let path = "\(folder)/\(file.lastPathComponent)"
            let slug = String(file.lastPathComponent.dropLast(3))
            do throws(PasarError) {
                guard Identifier.isSafe(slug) else {
                    throw PasarError("\"\(slug)\" cannot be part of a web address", at: .file(path), hint: "rename the file: \(Identifier.rule)")
                }
                items.append(try make(try SourceFile.read(file, shownAs: path), path, slug, english[slug]))
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw PasarError(diagnostics: problems) }
        return items
    }

    /// The front matter of a document, which these documents must have.
    static func frontMatter(_ document: FrontMatterDocument, path: String, required: String) throws(PasarError) -> YAMLValue {
        guard let frontMatter = document.frontMatter else {
            throw PasarError("no front matter", at: .file(path, line: 1), hint: "start the file with a '---' block holding at least \(required)")
        }
        return frontMatter
    }

    /// An optional list of market ids (`markets: [pasar-a, pasar-b]` or one id), with where it is.
    static func marketIDs(_ value: YAMLValue?) throws(PasarError) -> [String] {
        guard let value else { return [] }
        let items = value.isSequence ? try value.sequence() : [value]
        var ids: [String] = []
        for item in items {
            let id = try item.string()
            guard Identifier.isSafe(id) else { throw item.error("\"\(id)\" is not a market id", hint: "use an id from the markets table") }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }
}
