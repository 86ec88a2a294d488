/// A language the portal is published in: Indonesian at `/`, English at `/en/`.
public struct Language: Sendable, Hashable {
    /// BCP 47 code, also the strings file name (`strings/<code>.yml`).
    public let code: String
    /// Where this language's pages start, relative to the site root ("" or "en/").
    public let pathPrefix: String

    public static let indonesian = Language(code: "id", pathPrefix: "")
    public static let english = Language(code: "en", pathPrefix: "en/")
    /// Every published language, Indonesian first.
    public static let all: [Language] = [.indonesian, .english]
}
