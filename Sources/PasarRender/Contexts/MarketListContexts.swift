import PasarCore

/// One market in a list, key figures first (what a shopper on a phone reads before scrolling
/// sideways): on-time share with its denominator, open and overdue, median; then the rest.
struct MarketRow: Encodable {
    let name: String
    let url: String
    let district: String
    let within_standard_share: String
    let within_fraction: String
    let open: String
    let open_overdue: String
    let has_overdue: Bool
    let median_resolution_hours: String
    let received: String
    /// "3" or "–" with why not ranked.
    let rank: String
    let ranked: Bool

    init(_ m: MarketReport, home: String, format f: LocalFormat) {
        let s = m.statistics
        name = m.market.name
        url = home + PageAddress.market(m.market.id).path
        district = m.market.district
        within_standard_share = f.percent(s.withinStandard)
        within_fraction = f.fraction(s.withinStandard)
        open = f.integer(s.open)
        open_overdue = f.integer(s.openOverdue)
        has_overdue = s.openOverdue > 0
        median_resolution_hours = f.hours(s.resolutionTime?.median)
        received = f.integer(s.received)
        if case let .ranked(position, _) = m.rank { rank = f.integer(position); ranked = true } else { rank = f.strings.text("format.none"); ranked = false }
    }
}

/// Every market with its figures in ranking order, a page of `pageSize` at a time (`/daftar-pasar/`),
/// so the full table stays within the page budget at any number of markets.
struct MarketListPageContext: Encodable {
    struct PageLink: Encodable {
        let label: String
        let url: String
        let current: Bool
    }

    let markets: [MarketRow]
    let pages: [PageLink]
    let has_pages: Bool
    let range: String
    let ranking_note: String
    let csv_url: String
    let districts_url: String

    static let pageSize = 120

    static func pageCount(markets: Int) -> Int { max(1, (markets + pageSize - 1) / pageSize) }

    init(page: Int, site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let home = root + language.pathPrefix
        let order = site.groups.byRank
        let start = (page - 1) * Self.pageSize, end = min(order.count, start + Self.pageSize)
        markets = (start < end ? order[start..<end] : []).map { MarketRow(site.report.markets[$0], home: home, format: f) }
        let count = Self.pageCount(markets: order.count)
        pages = (1...count).map { PageLink(label: f.integer($0), url: home + PageAddress.marketList(page: $0).path, current: $0 == page) }
        has_pages = count > 1
        range = f.strings.text("market_list.range", ["from": f.integer(min(start + 1, order.count)), "to": f.integer(end), "count": f.integer(order.count)])
        ranking_note = f.strings.text("overview.ranking_note", ["threshold": f.integer(site.report.rankingThreshold)])
        csv_url = root + "data/markets.csv"
        districts_url = home + PageAddress.districts.path
    }
}

/// A district's markets (`/kecamatan/<slug>/`): the district's additive figures against the
/// regency's, and each market's key figures in ranking order.
struct DistrictPageContext: Encodable {
    let name: String
    let received: String
    let open: String
    let open_overdue: String
    let within_standard_share: String
    let within_fraction: String
    let comparison: String
    let regency_within: String
    let markets: [MarketRow]
    let districts_url: String

    init(_ district: District, site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let home = root + language.pathPrefix
        name = f.districtName(district)
        let t = district.totals
        received = f.integer(t.received)
        open = f.integer(t.open)
        open_overdue = f.integer(t.overdue)
        within_standard_share = f.percent(t.share)
        within_fraction = f.fraction(t.share)
        comparison = f.comparison(t.share, site.report.regency.withinStandard)
        regency_within = f.shareWithDenominator(site.report.regency.withinStandard)
        markets = district.markets.map { MarketRow(site.report.markets[$0], home: home, format: f) }
        districts_url = home + PageAddress.districts.path
    }
}

/// Every district with its number of markets and figures (`/kecamatan/`).
struct DistrictsIndexContext: Encodable {
    struct Row: Encodable {
        let name: String
        let url: String
        let markets: String
        let open: String
        let within_standard_share: String
        let within_fraction: String
    }

    let districts: [Row]
    let list_url: String

    init(site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let home = root + language.pathPrefix
        districts = site.groups.districts.map { d in
            Row(name: f.districtName(d), url: home + PageAddress.district(d.slug).path,
                markets: f.integer(d.markets.count), open: f.integer(d.totals.open),
                within_standard_share: f.percent(d.totals.share), within_fraction: f.fraction(d.totals.share))
        }
        list_url = home + PageAddress.marketList(page: 1).path
    }
}

extension LocalFormat {
    /// A district's name, or "Tanpa kecamatan" for markets without one.
    func districtName(_ district: District) -> String {
        district.name.isEmpty ? strings.text("district.none") : district.name
    }

    /// "lebih baik dari kabupaten (84,9%)": an on-time share against the regency's.
    func comparison(_ share: Share, _ regency: Share, shown: String? = nil) -> String {
        guard let mine = share.percent, let theirs = regency.percent else { return "" }
        let key = mine > theirs ? "compare.better" : mine < theirs ? "compare.worse" : "compare.same"
        return strings.text(key, ["regency": shown ?? percent(regency)])
    }

    /// For a median time, shorter is better.
    func timeComparison(_ mine: Fraction?, _ regency: Fraction?) -> String {
        guard let mine, let regency else { return "" }
        let key = mine < regency ? "compare.faster" : mine > regency ? "compare.slower" : "compare.same_time"
        return strings.text(key, ["regency": hours(regency)])
    }
}
