import Foundation
import PasarRender

/// Walks a Mustache template's tags (following partials and the parent layout) against a page's
/// context and records every name that resolves nowhere: Mustache would render it as empty text.
final class TemplateKeyChecker {
    let sources: [String: String]
    private(set) var missing: Set<String> = []

    init(sources: [String: String]) { self.sources = sources }

    private static let tag = try! NSRegularExpression(pattern: #"\{\{(\{?)\s*([#^/>$<!&]?)\s*([^}]*?)\s*\}?\}\}"#)

    func check(template: String, context: [String: Any]) {
        walk(template, stack: [context])
    }

    private func walk(_ name: String, stack: [Any]) {
        guard let text = sources[name] else {
            missing.insert("template \(name)")
            return
        }
        var stack = stack
        // Each open section remembers whether it pushed a value, and whether its contents can be checked.
        var sections: [(pushed: Bool, unknown: Bool)] = []
        var unknownDepth = 0
        let range = NSRange(text.startIndex..., in: text)
        for match in Self.tag.matches(in: text, range: range) {
            let kind = String(text[Range(match.range(at: 2), in: text)!])
            let key = String(text[Range(match.range(at: 3), in: text)!])
            switch kind {
            case "!": continue
            case ">": if unknownDepth == 0 { walk(key, stack: stack) }
            case "<": walk(key, stack: stack)
            case "$": sections.append((false, false))
            case "#", "^":
                let value = unknownDepth == 0 ? resolve(key, in: stack) : nil
                if unknownDepth == 0 && value == nil { missing.insert(key) }
                if kind == "#", unknownDepth == 0, let value {
                    if let array = value as? [Any] {
                        if let first = array.first { stack.append(first); sections.append((true, false)) }
                        else { sections.append((false, true)); unknownDepth += 1 }
                    } else if value is TemplateValueEncoder.NilValue {
                        sections.append((false, true)); unknownDepth += 1
                    } else if value is [String: Any] {
                        stack.append(value); sections.append((true, false))
                    } else {
                        sections.append((false, false))
                    }
                } else {
                    sections.append((false, false))
                }
            case "/":
                guard let section = sections.popLast() else { continue }
                if section.pushed { stack.removeLast() }
                if section.unknown { unknownDepth -= 1 }
            default:
                if unknownDepth == 0, key != ".", resolve(key, in: stack) == nil { missing.insert(key) }
            }
        }
    }

    /// Mustache lookup: the first part from the innermost context outwards, the rest inside it.
    private func resolve(_ key: String, in stack: [Any]) -> Any? {
        let parts = key.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        for frame in stack.reversed() {
            guard let dictionary = frame as? [String: Any], var value = dictionary[first] else { continue }
            for part in parts.dropFirst() {
                guard let next = (value as? [String: Any])?[part] else { return nil }
                value = next
            }
            return value
        }
        return nil
    }
}
