import PasarCore

/// `data/pasar-index.json`: every market's name, district and page, for the overview's search box
/// (an addition: the districts and the full list find every market without it). About 60 bytes a market.
enum SearchIndex {
    static let path = "data/pasar-index.json"

    static func json(_ report: PortalReport) -> String {
        let markets = report.markets.sorted { $0.market.name < $1.market.name }.map { m in
            JSONValue.array([.string(m.market.id), .string(m.market.name), .string(m.market.district)])
        }
        return JSONValue.object(["markets": .array(markets)]).compactText() + "\n"
    }
}
