import Foundation
import Testing
import PasarCore

/// Every message pasar can print exists in Indonesian and English, and every docs/ path a message
/// names exists. The English templates are read from the source: string literals where a message is
/// made (errors, warnings, hints, `LocalizedText` values and properties, what the CLI prints).
@Suite struct MessageCatalogTests {
    static let sources = FixtureSite.repository.appending(path: "Sources")

    static func swiftFiles() throws -> [URL] {
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "swift" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test func everyMessageInTheCodeHasItsIndonesian() throws {
        var missing: [String] = []
        var count = 0
        for file in try Self.swiftFiles() where !file.path.hasSuffix("MessageCatalog.swift") {
            let text = try String(contentsOf: file, encoding: .utf8)
            for template in MessageScanner(text).templates() where template.contains(/[A-Za-z]{2}/) {
                count += 1
                if MessageCatalog.indonesian[template] == nil { missing.append("\(file.lastPathComponent): \(template)") }
            }
        }
        #expect(count > 200, "the scanner found only \(count) messages")
        #expect(missing.isEmpty, "no Indonesian for:\n\(missing.joined(separator: "\n"))")
    }

    @Test func translationsUseOnlyTheirEnglishValues() {
        for (english, indonesian) in MessageCatalog.indonesian {
            let places = { (text: String) in Set(text.matches(of: /\{(\d+)\}/).map { String($0.output.1) }) }
            #expect(places(indonesian).isSubset(of: places(english)), "\(english) → \(indonesian)")
            #expect(!indonesian.isEmpty)
        }
    }

    @Test func templatesAndValuesRenderInBothLanguages() {
        let id = "pasar-x"
        let message: LocalizedText = "market \"\(id)\" has no standard document; the regency-wide standard applies"
        #expect(message.template == "market \"{0}\" has no standard document; the regency-wide standard applies")
        #expect(message.text(.english) == "market \"pasar-x\" has no standard document; the regency-wide standard applies")
        #expect(message.text(.indonesian) == "pasar \"pasar-x\" belum punya dokumen standar sendiri; standar kabupaten berlaku")
        // Braces in a message are not places for values.
        let hint: LocalizedText = "e.g. default: {respond: 1 hari kerja, resolve: 14 hari kerja}"
        #expect(hint.text(.indonesian) == "mis. default: {respond: 1 hari kerja, resolve: 14 hari kerja}")
        // A message inside a message is translated too.
        let inner: LocalizedText = "a list"
        let outer: LocalizedText = "expected a list, found \(inner)"
        #expect(outer.text(.english) == "expected a list, found a list")
    }

    @Test func everyDocsPathNamedInTheCodeExists() throws {
        var named = Set<String>()
        for file in try Self.swiftFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: /docs\/[A-Za-z0-9_.\/-]+\.md/) { named.insert(String(match.output)) }
        }
        #expect(named.count >= 4)
        for path in named.sorted() {
            #expect(FileManager.default.fileExists(atPath: FixtureSite.repository.appending(path: path).path), "\(path) is named in the code but does not exist")
        }
    }
}

/// Finds the string literals of a Swift file that become messages, as `LocalizedText` templates
/// (`\(…)` becomes `{0}`, `{1}` …; a literal brace is doubled).
struct MessageScanner {
    let text: [Character]

    init(_ source: String) { text = Array(source) }

    /// Literals after a message-making call or label, or inside a property or function whose type is `LocalizedText`.
    func templates() -> [String] {
        let source = String(text)
        var regions: [Range<Int>] = []
        for match in source.matches(of: /(?:->\s*\[?LocalizedText\]?\??\s*\{|:\s*LocalizedText\??\s*\{)/) {
            let start = source.distance(from: source.startIndex, to: match.range.upperBound) - 1
            if let end = closing(from: start) { regions.append(start..<end) }
        }
        var found: [String] = []
        var index = 0
        while index < text.count {
            if text[index] == "/", index + 1 < text.count, text[index + 1] == "/" {
                while index < text.count, text[index] != "\n" { index += 1 }
                continue
            }
            guard text[index] == "\"" else { index += 1; continue }
            let start = index
            let (template, end) = literal(at: index)
            let before = String(text[max(0, start - 80)..<start])
            let after = String(text[end..<min(text.count, end + 20)]).trimmingCharacters(in: .whitespaces)
            let context = before.contains(/(?:PasarError\(\s*|Diagnostic\(\s*\.(?:warning|error),\s*|\.error\(\s*|hint:\s*\(?|hint\s*=\s*|LocalizedText\s*=\s*|LocalizedText\s+in\s*|CellProblem\(text:\s*|Terminal\.print(?:Error)?\(\s*)$/)
            if context || after.hasPrefix("as LocalizedText") || regions.contains(where: { $0.contains(start) }) {
                found.append(template)
            }
            index = end
        }
        return found
    }

    /// The index after the brace or bracket that closes the one at `start`, skipping string literals.
    func closing(from start: Int) -> Int? {
        let open = text[start], close: Character = open == "{" ? "}" : "]"
        var depth = 0, index = start
        while index < text.count {
            if text[index] == "\"" { index = literal(at: index).end; continue }
            if text[index] == open { depth += 1 }
            if text[index] == close { depth -= 1; if depth == 0 { return index } }
            index += 1
        }
        return nil
    }

    /// The template of the literal starting at `start` (a `"`), and the index after it.
    func literal(at start: Int) -> (template: String, end: Int) {
        if start + 2 < text.count, text[start + 1] == "\"", text[start + 2] == "\"" { return multiline(at: start) }
        var result = "", values = 0, index = start + 1
        while index < text.count {
            let c = text[index]
            if c == "\\" {
                let d = text[index + 1]
                if d == "(" {
                    index = interpolationEnd(from: index + 2)
                    result += "{\(values)}"
                    values += 1
                    continue
                }
                if d == "u" {
                    var digits = ""
                    var k = index + 3
                    while text[k] != "}" { digits.append(text[k]); k += 1 }
                    result.unicodeScalars.append(Unicode.Scalar(UInt32(digits, radix: 16) ?? 63) ?? "?")
                    index = k + 1
                    continue
                }
                result.append(["n": "\n", "t": "\t", "0": "\0"][d] ?? d)
                index += 2
                continue
            }
            if c == "\"" { return (result, index + 1) }
            result += c == "{" ? "{{" : c == "}" ? "}}" : String(c)
            index += 1
        }
        return (result, index)
    }

    /// A `"""` literal: the lines without the closing delimiter's indentation, `\` at a line end joining lines.
    func multiline(at start: Int) -> (template: String, end: Int) {
        var index = start + 3
        while text[index] != "\n" { index += 1 }
        let bodyStart = index + 1
        var end = bodyStart
        while !(text[end] == "\"" && text[end + 1] == "\"" && text[end + 2] == "\"") {
            if text[end] == "\"" && end > 0 && text[end - 1] != "\\" {
                // a quote inside the body
            }
            if text[end] == "\\" && text[end + 1] == "(" { end = interpolationEnd(from: end + 2); continue }
            end += 1
        }
        var lineStart = end
        while lineStart > 0, text[lineStart - 1] != "\n" { lineStart -= 1 }
        let indent = end - lineStart
        let body = String(text[bodyStart..<lineStart]).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.prefix(indent).allSatisfy(\.isWhitespace) ? String($0.dropFirst(indent)) : String($0) }
            .joined(separator: "\n")
        var joined = body.hasSuffix("\n") ? String(body.dropLast()) : body
        joined = joined.replacingOccurrences(of: "\\\n", with: "")
        let inner = MessageScanner("\"" + joined.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\"")
        return (inner.literal(at: 0).template, end + 3)
    }

    /// The index after the `)` that closes an interpolation whose content starts at `start`.
    func interpolationEnd(from start: Int) -> Int {
        var depth = 1, index = start
        while index < text.count, depth > 0 {
            if text[index] == "\"" { index = literal(at: index).end; continue }
            if text[index] == "(" { depth += 1 }
            if text[index] == ")" { depth -= 1 }
            index += 1
        }
        return index
    }
}
