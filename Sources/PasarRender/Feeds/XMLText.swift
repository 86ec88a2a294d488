import PasarCore

/// Escaping for XML text and attribute values; characters XML 1.0 forbids (most control characters)
/// are left out, so the feed and sitemap stay well-formed whatever the content holds.
enum XMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in SafeText.xml(text) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(c)
            }
        }
        return out
    }
}
