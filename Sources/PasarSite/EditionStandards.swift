import PasarCore
import PasarSources

/// The response standards a frozen edition's figures were judged by, recorded in the edition, and
/// the changes made since to the periods it covers. A limit changed in place (without a new
/// effective date) changes figures that were already published; this finds it.
enum EditionStandards {
    static let columns = ["market_id", "category_id", "from", "respond", "resolve"]

    /// The periods in force through `day`: the regency's for every category (market_id empty), and
    /// a market's only where they differ from the regency's (most markets follow the regency).
    static func table(_ site: LoadedSite, through day: CivilDate) -> FrozenEdition.Table {
        FrozenEdition.Table(columns: columns, rows: timelines(site, through: day).flatMap { key, periods in
            periods.map { [key.market, key.category, $0.from?.description ?? "", $0.standard.firstResponse.description, $0.standard.resolution.description] }
        })
    }

    /// What changed since `edition` was frozen in the standards of the period it covers, one line per
    /// market and category ("pasar-a fasilitas: …"); empty when nothing did or the edition predates recording.
    static func changes(since edition: FrozenEdition, site: LoadedSite) -> [String] {
        guard let recorded = edition.standards, let month = edition.month else { return [] }
        let frozen = periods(in: recorded)
        let current = Dictionary(uniqueKeysWithValues: timelines(site, through: month.lastDay).map { ($0.key, $0.periods.map(Described.init)) })
        var lines: [String] = []
        let markets = [""] + site.reference.markets.map(\.id)
        for market in markets {
            for category in site.reference.categories.map(\.id) {
                let key = Key(market: market, category: category)
                let regencyKey = Key(market: "", category: category)
                let before = frozen[key] ?? frozen[regencyKey] ?? []
                let after = current[key] ?? current[regencyKey] ?? []
                // A market or category added since the edition has nothing to compare with.
                guard !before.isEmpty, before != after else { continue }
                lines.append("\(market.isEmpty ? "regency" : market) \(category): \(text(before)) → \(text(after))")
            }
        }
        return lines
    }

    /// The warning for an edition whose period's standards changed, listing the first few changes.
    static func warning(_ edition: FrozenEdition, changes: [String]) -> Diagnostic {
        let shown = changes.prefix(5).joined(separator: "; ") + (changes.count > 5 ? "; and \(changes.count - 5) more" : "")
        return Diagnostic(
            .warning, "the standards that edition \(edition.edition) was judged by have changed for the period it covers (\(shown)); its frozen figures stay, today's figures for that period differ",
            at: .file("\(FrozenEdition.folder)/\(edition.edition).json"),
            hint: "to change a limit from a day on, add a new version with effective: YYYY-MM-DD after \(edition.month?.lastDay.description ?? edition.edition) instead of editing the old one (see docs/content.md)",
            priority: 2)
    }

    struct Key: Hashable {
        let market: String
        let category: String
    }

    /// A period as the edition writes it, so recorded and current periods compare as text.
    struct Described: Hashable {
        let from: String
        let respond: String
        let resolve: String

        init(_ period: StandardTimeline.Period) {
            from = period.from?.description ?? ""
            respond = period.standard.firstResponse.description
            resolve = period.standard.resolution.description
        }

        init(from: String, respond: String, resolve: String) {
            self.from = from
            self.respond = respond
            self.resolve = resolve
        }
    }

    static func text(_ periods: [Described]) -> String {
        periods.map { ($0.from.isEmpty ? "" : "from \($0.from) ") + "respond \($0.respond), resolve \($0.resolve)" }.joined(separator: ", then ")
    }

    static func timelines(_ site: LoadedSite, through day: CivilDate) -> [(key: Key, periods: [StandardTimeline.Period])] {
        var result: [(Key, [StandardTimeline.Period])] = []
        let categories = site.reference.categories.map(\.id)
        var regency: [String: [StandardTimeline.Period]] = [:]
        for category in categories {
            let periods = site.standards.timeline(market: nil, category: category).periods(through: day)
            regency[category] = periods
            result.append((Key(market: "", category: category), periods))
        }
        for market in site.reference.markets.map(\.id) where site.standards.markets[market] != nil {
            for category in categories {
                let periods = site.standards.timeline(market: market, category: category).periods(through: day)
                if periods != regency[category] { result.append((Key(market: market, category: category), periods)) }
            }
        }
        return result
    }

    static func periods(in table: FrozenEdition.Table) -> [Key: [Described]] {
        var result: [Key: [Described]] = [:]
        for record in table.records {
            let key = Key(market: record["market_id"] ?? "", category: record["category_id"] ?? "")
            result[key, default: []].append(Described(from: record["from"] ?? "", respond: record["respond"] ?? "", resolve: record["resolve"] ?? ""))
        }
        return result
    }
}
