import Foundation
import PasarCore

/// Figures that add up across markets (counts and the on-time share's numerator and denominator),
/// for a district or a district's category. Medians do not add up, so groups of markets show none.
struct AdditiveFigures: Sendable {
    var received = 0
    var open = 0
    var overdue = 0
    var within = 0
    var decided = 0

    mutating func add(_ s: ComplaintStatistics) {
        received += s.received
        open += s.open
        overdue += s.openOverdue
        within += s.withinStandard.numerator
        decided += s.decided
    }

    var share: Share { Share(within, of: decided) }
}

/// A district (kecamatan) and its markets, the way people look for their market.
public struct District: Sendable {
    public let name: String
    /// The address part: the name in lowercase letters, digits and hyphens.
    public let slug: String
    /// Positions in the report's markets, in ranking order.
    let markets: [Int]
    let totals: AdditiveFigures
}

/// Orders and groups of the report's markets, worked out once per build.
struct MarketGroups: Sendable {
    /// Market positions: ranked ones by rank (best first), then the unranked by name.
    let byRank: [Int]
    /// Districts by name; markets without a district are in one named by the theme's strings.
    let districts: [District]
    /// Each market's district position.
    let districtOfMarket: [Int]

    init(_ report: PortalReport) {
        let markets = report.markets
        byRank = markets.indices.sorted { a, b in
            func key(_ m: Int) -> (Int, Int, String) {
                if case let .ranked(position, _) = markets[m].rank { return (0, position, markets[m].market.name) }
                return (1, 0, markets[m].market.name)
            }
            return key(a) < key(b)
        }
        var members: [String: [Int]] = [:]
        for m in byRank { members[markets[m].market.district.trimmingCharacters(in: .whitespaces), default: []].append(m) }
        var slugs = Set<String>()
        var districts: [District] = []
        for name in members.keys.sorted(by: { $0.lowercased() < $1.lowercased() }) {
            var slug = MarketGroups.slug(name)
            while !slugs.insert(slug).inserted { slug += "-2" }
            var totals = AdditiveFigures()
            for m in members[name] ?? [] { totals.add(markets[m].statistics) }
            districts.append(District(name: name, slug: slug, markets: members[name] ?? [], totals: totals))
        }
        self.districts = districts
        var districtOf = [Int](repeating: 0, count: markets.count)
        for (index, district) in districts.enumerated() { for m in district.markets { districtOf[m] = index } }
        districtOfMarket = districtOf
    }

    /// `Sukamaju Timur` → `sukamaju-timur`; an empty name → `tanpa-kecamatan`.
    static func slug(_ name: String) -> String { Identifier.slug(name, fallback: "tanpa-kecamatan") }
}
