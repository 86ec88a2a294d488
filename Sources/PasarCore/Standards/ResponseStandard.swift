/// The complaint-response standard for one category at one market: first response and resolution limits.
public struct ResponseStandard: Sendable, Hashable {
    public var firstResponse: ResponseTime
    public var resolution: ResponseTime

    public init(firstResponse: ResponseTime, resolution: ResponseTime) {
        self.firstResponse = firstResponse
        self.resolution = resolution
    }
}

/// What one standard document declares: a default and per-category limits, either of which may be left out.
public struct ResponseStandardTable: Sendable, Hashable {
    /// One row of the table; a missing limit is inherited (see `ResponseStandards`).
    public struct Entry: Sendable, Hashable {
        public var firstResponse: ResponseTime?
        public var resolution: ResponseTime?

        public init(firstResponse: ResponseTime? = nil, resolution: ResponseTime? = nil) {
            self.firstResponse = firstResponse
            self.resolution = resolution
        }
    }

    public var defaultEntry: Entry
    public var categories: [String: Entry]

    public init(defaultEntry: Entry = Entry(), categories: [String: Entry] = [:]) {
        self.defaultEntry = defaultEntry
        self.categories = categories
    }
}

/// The regency-wide table and each market's own table, resolved into one standard per market and category.
///
/// A limit is looked up in this order; the first that is set wins:
/// the market's entry for the category, the market's default, the regency's entry for the category,
/// the regency's default. The regency default must set both limits, so every lookup succeeds.
public struct ResponseStandards: Sendable {
    public let regency: ResponseStandardTable
    public let markets: [String: ResponseStandardTable]
    private let regencyDefault: ResponseStandard

    /// Fails when the regency default leaves a limit unset.
    public init?(regency: ResponseStandardTable, markets: [String: ResponseStandardTable]) {
        guard let firstResponse = regency.defaultEntry.firstResponse, let resolution = regency.defaultEntry.resolution
        else { return nil }
        self.regency = regency
        self.markets = markets
        regencyDefault = ResponseStandard(firstResponse: firstResponse, resolution: resolution)
    }

    /// The standard that applies at `marketID` (nil: the regency's) for `categoryID`.
    public func standard(market marketID: String?, category categoryID: String) -> ResponseStandard {
        let chain = [
            marketID.flatMap { markets[$0]?.categories[categoryID] },
            marketID.flatMap { markets[$0]?.defaultEntry },
            regency.categories[categoryID],
            regency.defaultEntry,
        ].compactMap { $0 }
        return ResponseStandard(
            firstResponse: chain.lazy.compactMap(\.firstResponse).first ?? regencyDefault.firstResponse,
            resolution: chain.lazy.compactMap(\.resolution).first ?? regencyDefault.resolution
        )
    }
}
