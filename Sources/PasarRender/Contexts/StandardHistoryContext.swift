import PasarCore

/// The history of a set of category standards ("berlaku sejak …"): one row per period of each
/// category whose standard changed or will change, marked as earlier, current or announced.
/// Empty when no standard ever changed, so pages without dated versions show nothing extra.
struct StandardHistoryContext: Encodable {
    struct Row: Encodable {
        let category: String
        /// "sejak 1 Juli 2026", or "dari awal" for the first period.
        let period: String
        let respond: String
        let resolve: String
        /// "berlaku", "sebelumnya" or "mulai berlaku nanti".
        let state: String
        let is_current: Bool
    }

    let rows: [Row]
    let has_rows: Bool

    init(_ standards: [CategoryStandard], on day: CivilDate, format f: LocalFormat) {
        var rows: [Row] = []
        for standard in standards where standard.timeline.hasChanged {
            let periods = standard.timeline.periods
            let current = periods.lastIndex { $0.from.map { $0 <= day } ?? true } ?? 0
            for (index, period) in periods.enumerated().reversed() {
                let state = index == current ? "current" : index < current ? "earlier" : "announced"
                // A period that has ended shows its last day: the day before the next one began.
                let end = index + 1 < periods.count ? periods[index + 1].from?.adding(days: -1) : nil
                let text: String = switch (period.from, end) {
                case let (from?, end?): f.strings.text("standard_history.between", ["from": f.date(from), "to": f.date(end)])
                case let (nil, end?): f.strings.text("standard_history.until", ["date": f.date(end)])
                case let (from?, nil): f.strings.text("standard_history.since", ["date": f.date(from)])
                case (nil, nil): f.strings.text("standard_history.from_start")
                }
                rows.append(Row(
                    category: f.categoryName(standard.category),
                    period: text,
                    respond: f.responseTime(period.standard.firstResponse), resolve: f.responseTime(period.standard.resolution),
                    state: f.strings.text("standard_history.\(state)"), is_current: index == current))
            }
        }
        self.rows = rows
        has_rows = !rows.isEmpty
    }

    /// "sejak 1 Juli 2026" for a standard whose current period began on a known day; nil otherwise.
    static func since(_ standard: CategoryStandard, on day: CivilDate, format f: LocalFormat) -> String? {
        guard standard.timeline.hasChanged,
              let start = standard.timeline.periods.last(where: { $0.from.map { $0 <= day } ?? true })?.from else { return nil }
        return f.strings.text("standard_history.since", ["date": f.date(start)])
    }
}
