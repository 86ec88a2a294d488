import Foundation
import PasarCore

/// The English version of a Markdown document, from `<name>.en.md` beside `<name>.md`. Only the title,
/// description and body are translated; figures and standards come from the Indonesian document.
public struct Translation: Sendable {
    public let path: String
    public let title: String
    public let description: String?
    public let html: String

    /// The language suffix of translation files.
    public static let englishSuffix = ".en.md"

    init(text: String, path: String, markdown: MarkdownRenderer, headingOffset: Int) throws(PasarError) {
        let document = try FrontMatterDocument(text: text, file: path)
        guard let frontMatter = document.frontMatter else {
            throw PasarError("no front matter", at: .file(path, line: 1), hint: "start the file with a '---' block holding title")
        }
        let map = try frontMatter.mapping(allowed: ["title", "description"], required: ["title"])
        self.path = path
        title = try map.require("title").string()
        description = try map["description"]?.string()
        html = markdown.html(document.body, headingOffset: headingOffset)
    }

    /// Splits Markdown files into originals and English translations (by base name), and loads the
    /// translations. A translation without its original is an error.
    static func partition(_ files: [URL], folder: String, markdown: MarkdownRenderer, headingOffset: Int = 0) throws(PasarError) -> (originals: [URL], english: [String: Translation]) {
        var originals: [URL] = []
        var english: [String: Translation] = [:]
        var problems: [Diagnostic] = []
        let names = Set(files.map(\.lastPathComponent))
        for file in files {
            let name = file.lastPathComponent
            guard name.hasSuffix(englishSuffix) else {
                originals.append(file)
                continue
            }
            let base = String(name.dropLast(englishSuffix.count))
            let path = "\(folder)/\(name)"
            do throws(PasarError) {
                guard names.contains(base + ".md") else {
                    throw PasarError("English translation without its Indonesian original", at: .file(path),
                                     hint: "create \(folder)/\(base).md or rename this file")
                }
                english[base] = try Translation(text: try SourceFile.read(file, shownAs: path), path: path, markdown: markdown, headingOffset: headingOffset)
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw PasarError(diagnostics: problems) }
        return (originals, english)
    }
}
