import Foundation
import PasarCore

/// What a build is asked to do; every input that is not in the site folder is passed in here.
public struct BuildOptions: Sendable {
    /// The site folder holding `content/` and `themes/`.
    public var root: URL
    /// Overrides `database:` from site.yml.
    public var database: URL?
    /// Overrides `output:` from site.yml.
    public var output: URL?
    /// The as-of moment given on the command line, as written.
    public var asOf: String?
    /// The value of the SOURCE_DATE_EPOCH environment variable, if set.
    public var sourceDateEpoch: String?
    /// Seconds to wait for another program that is writing to the database.
    public var databaseWait: Double = 10
    /// Fail, publishing nothing, when check would report any warning.
    public var strict = false

    public init(root: URL, database: URL? = nil, output: URL? = nil, asOf: String? = nil, sourceDateEpoch: String? = nil) {
        self.root = root
        self.database = database
        self.output = output
        self.asOf = asOf
        self.sourceDateEpoch = sourceDateEpoch
    }
}

/// The version printed on pages and in the methodology.
public enum PasarVersion {
    public static let current = "0.1.0"
}
