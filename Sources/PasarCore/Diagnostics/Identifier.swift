import Foundation

/// Rules for ids that become parts of URLs and file names (markets, categories, pages).
public enum Identifier {
    /// The longest id accepted; longer ones make unwieldy URLs.
    public static let maximumLength = 64

    /// True when `id` is lowercase ASCII letters, digits and inner hyphens or underscores,
    /// so it can never escape its folder (`../x`) or need escaping in a URL.
    public static func isSafe(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= maximumLength else { return false }
        let bytes = Array(id.utf8)
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        guard let first = bytes.first, let last = bytes.last, isAlphanumeric(first), isAlphanumeric(last) else { return false }
        return bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    /// A safe id made from a name: `Sukamaju Timur` → `sukamaju-timur` (diacritics dropped, other
    /// characters as hyphens); `fallback` when nothing is left.
    public static func slug(_ name: String, fallback: String) -> String {
        let folded = name.lowercased().applyingTransform(.stripDiacritics, reverse: false) ?? name.lowercased()
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        var slug = String(words.joined(separator: "-").prefix(60))
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? fallback : slug
    }

    /// A sentence explaining the rule, for error hints.
    public static let rule: LocalizedText = "use lowercase letters a-z, digits and '-' (e.g. pasar-induk), at most \(maximumLength) characters"
}
