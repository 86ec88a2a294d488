import PasarCore

/// The portal's charts: monthly received and resolved, complaints per category, the distribution of
/// resolution times against the standard, and the on-time share per market.
enum Charts {
    static let received = ChartSeries.Fill.solid("#1f4e79")
    static let resolved = ChartSeries.Fill.hatched("#2e7d32")
    static let onTime = ChartSeries.Fill.solid("#2e7d32")
    static let late = ChartSeries.Fill.hatched("#9d1c22")

    /// Grouped columns per month: received (solid) and resolved (hatched).
    /// `partial` is the month that has not ended, labelled with an asterisk and explained in the summary.
    static func monthly(_ months: [MonthlyCount], id: String, partial: (month: YearMonth, text: String)? = nil, format f: LocalFormat) -> SVGChart {
        let series = [ChartSeries(name: f.strings.text("monthly.received"), fill: received),
                      ChartSeries(name: f.strings.text("monthly.resolved"), fill: resolved)]
        let totalReceived = months.map(\.received).reduce(0, +), totalResolved = months.map(\.resolved).reduce(0, +)
        var summary = f.strings.text("charts.monthly_summary", [
            "count": f.integer(months.count), "received": f.integer(totalReceived), "resolved": f.integer(totalResolved),
        ])
        if let peak = months.max(by: { ($0.received, $1.month) < ($1.received, $0.month) }), peak.received > 0 {
            summary += " " + f.strings.text("charts.monthly_peak", ["month": f.monthName(peak.month), "count": f.integer(peak.received)])
        }
        if let partial, months.contains(where: { $0.month == partial.month }) {
            summary += " " + f.strings.text("charts.monthly_partial", ["month": f.monthName(partial.month), "partial": partial.text])
        }
        let title = f.strings.text("monthly.caption")
        let height = 250.0, top = 34.0, bottom = 212.0, left = 34.0, right = SVGDrawing.width - 4
        let maximum = SVGDrawing.niceMaximum(months.map { max($0.received, $0.resolved) }.max() ?? 0)
        var svg = SVGDrawing.open(id: id, height: height, title: title, summary: summary, series: series)
        svg += SVGDrawing.legend(series, chart: id, y: 18)
        svg += axis(maximum: maximum, top: top, bottom: bottom, left: left, right: right, format: f)
        let slot = (right - left) / Double(max(1, months.count))
        let bar = max(2, slot * 0.36)
        // Each series' bars and the labels in one group that carries their shared attributes: a
        // province has two charts on each of 2,000 pages, and repeating them was a fifth of the HTML.
        var bars = ["", ""], ticks = "", years = ""
        for (index, month) in months.enumerated() {
            let x = left + slot * Double(index) + slot * 0.12
            for (offset, value) in [month.received, month.resolved].enumerated() {
                let h = (bottom - top) * Double(value) / Double(maximum)
                bars[offset] += "<rect x=\"\(SVGDrawing.num(x + Double(offset) * bar))\" y=\"\(SVGDrawing.num(bottom - h))\" width=\"\(SVGDrawing.num(bar))\" "
                    + "height=\"\(SVGDrawing.num(h))\"/>"
            }
            let label = f.strings.list("format.months_short").indices.contains(month.month.month - 1)
                ? f.strings.list("format.months_short")[month.month.month - 1] : String(month.month.month)
            let marked = month.month == partial?.month ? label + "*" : label
            ticks += "<text x=\"\(SVGDrawing.num(x + bar))\" y=\"\(SVGDrawing.num(bottom + 16))\">\(XMLText.escape(marked))</text>"
            // The year under January, and under the first month unless a January follows too closely.
            let firstJanuary = months.firstIndex { $0.month.month == 1 } ?? months.count
            if month.month.month == 1 || (index == 0 && firstJanuary >= 3) {
                years += "<text x=\"\(SVGDrawing.num(x + bar))\" y=\"\(SVGDrawing.num(bottom + 32))\">\(month.month.year)</text>"
            }
        }
        svg += SVGDrawing.seriesGroups(bars, series: series, chart: id)
        svg += SVGDrawing.group("text-anchor=\"middle\" font-size=\"11\"", ticks) + SVGDrawing.group("text-anchor=\"middle\"", years)
        return SVGChart(svg: svg + "</svg>", summary: summary)
    }

    /// Horizontal bars with a label and a value text each, longest first as given.
    static func horizontal(_ rows: [(label: String, value: Int, text: String, muted: Bool)], maximum: Int, id: String,
                           title: String, summary: String, legend: [ChartSeries] = [], format f: LocalFormat) -> SVGChart {
        let rowHeight = 34.0, top = legend.isEmpty ? 8.0 : 30.0
        let height = top + rowHeight * Double(rows.count) + 4
        let series = [ChartSeries(name: "", fill: onTime), ChartSeries(name: "", fill: .hatched("#5f6b66"))]
        var svg = SVGDrawing.open(id: id, height: height, title: title, summary: summary, series: legend.isEmpty ? series : legend)
        if !legend.isEmpty { svg += SVGDrawing.legend(legend, chart: id, y: 18) }
        let left = 8.0, barLeft = 8.0, barWidth = SVGDrawing.width - 16
        let fills = legend.isEmpty ? series : legend
        var labels = "", values = "", tracks = "", bars = Array(repeating: "", count: fills.count)
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            labels += "<text x=\"\(SVGDrawing.num(left))\" y=\"\(SVGDrawing.num(y + 12))\">\(XMLText.escape(row.label))</text>"
            values += "<text x=\"\(SVGDrawing.num(SVGDrawing.width - 8))\" y=\"\(SVGDrawing.num(y + 12))\">\(XMLText.escape(row.text))</text>"
            tracks += "<rect x=\"\(SVGDrawing.num(barLeft))\" y=\"\(SVGDrawing.num(y + 17))\" width=\"\(SVGDrawing.num(barWidth))\" height=\"10\"/>"
            let w = barWidth * Double(row.value) / Double(max(1, maximum))
            let fillIndex = min(row.muted ? 1 : 0, fills.count - 1)
            bars[fillIndex] += "<rect x=\"\(SVGDrawing.num(barLeft))\" y=\"\(SVGDrawing.num(y + 17))\" width=\"\(SVGDrawing.num(w))\" height=\"10\"/>"
        }
        // Shared attributes on a group each, as in the column charts; the bars are drawn over their tracks.
        svg += labels + SVGDrawing.group("text-anchor=\"end\"", values)
            + SVGDrawing.group("fill=\"#eef1ef\" stroke=\"#8a8a8a\" stroke-width=\"0.5\"", tracks)
        svg += SVGDrawing.seriesGroups(bars, series: fills, chart: id)
        return SVGChart(svg: svg + "</svg>", summary: summary)
    }

    /// Stacked columns of resolved complaints by working days taken: within the standard (solid) and late (hatched).
    static func distribution(_ bins: [ResolutionBin], id: String, format f: LocalFormat) -> SVGChart {
        let series = [ChartSeries(name: f.strings.text("charts.within"), fill: onTime),
                      ChartSeries(name: f.strings.text("charts.late"), fill: late)]
        let within = bins.map(\.within).reduce(0, +), late = bins.map(\.late).reduce(0, +)
        let summary = f.strings.text("charts.distribution_summary", [
            "total": f.integer(within + late), "within": f.integer(within), "late": f.integer(late),
        ])
        let title = f.strings.text("charts.distribution_title")
        let height = 262.0, top = 34.0, bottom = 210.0, left = 34.0, right = SVGDrawing.width - 4
        let maximum = SVGDrawing.niceMaximum(bins.map { $0.within + $0.late }.max() ?? 0)
        var svg = SVGDrawing.open(id: id, height: height, title: title, summary: summary, series: series)
        svg += SVGDrawing.legend(series, chart: id, y: 18)
        svg += axis(maximum: maximum, top: top, bottom: bottom, left: left, right: right, format: f)
        let slot = (right - left) / Double(max(1, bins.count))
        var bars = ["", ""], ticks = ""
        for (index, bin) in bins.enumerated() {
            let x = left + slot * Double(index) + slot * 0.15
            let w = slot * 0.7
            var base = bottom
            for (offset, value) in [bin.within, bin.late].enumerated() where value > 0 {
                let h = (bottom - top) * Double(value) / Double(maximum)
                bars[offset] += "<rect x=\"\(SVGDrawing.num(x))\" y=\"\(SVGDrawing.num(base - h))\" width=\"\(SVGDrawing.num(w))\" height=\"\(SVGDrawing.num(h))\"/>"
                base -= h
            }
            // Every other label a line lower: "6–10" and "11–20" side by side would touch on a phone.
            let y = bottom + 15 + (index % 2 == 1 ? 13 : 0)
            ticks += "<text x=\"\(SVGDrawing.num(x + w / 2))\" y=\"\(SVGDrawing.num(y))\">\(XMLText.escape(bin.label))</text>"
        }
        svg += SVGDrawing.seriesGroups(bars, series: series, chart: id)
        svg += SVGDrawing.group("text-anchor=\"middle\" font-size=\"11\"", ticks)
        svg += "<text x=\"\(SVGDrawing.num((left + right) / 2))\" y=\"\(SVGDrawing.num(bottom + 46))\" text-anchor=\"middle\">\(XMLText.escape(f.strings.text("charts.distribution_axis")))</text>"
        return SVGChart(svg: svg + "</svg>", summary: summary)
    }

    /// Horizontal grid lines with their values, and the baseline.
    static func axis(maximum: Int, top: Double, bottom: Double, left: Double, right: Double, format f: LocalFormat) -> String {
        var lines = "", labels = ""
        for step in 0...2 {
            let value = maximum * step / 2
            let y = bottom - (bottom - top) * Double(step) / 2
            lines += "<line x1=\"\(SVGDrawing.num(left))\" x2=\"\(SVGDrawing.num(right))\" y1=\"\(SVGDrawing.num(y))\" y2=\"\(SVGDrawing.num(y))\" "
                + "stroke=\"\(step == 0 ? "#1b1b1b" : "#b8b8b8")\" stroke-width=\"\(step == 0 ? 1 : 0.5)\"/>"
            labels += "<text x=\"\(SVGDrawing.num(left - 4))\" y=\"\(SVGDrawing.num(y + 4))\">\(XMLText.escape(f.integer(value)))</text>"
        }
        return lines + SVGDrawing.group("text-anchor=\"end\"", labels)
    }
}

/// Resolved complaints that took a number of working days (a range), split by outcome, labelled.
struct ResolutionBin: Sendable {
    let label: String
    let within: Int
    let late: Int

    init(_ count: ResolutionBinCount) {
        let range = count.days
        label = range.lowerBound == range.upperBound ? "\(range.lowerBound)"
            : range.upperBound == Int.max ? ">\(range.lowerBound - 1)" : "\(range.lowerBound)–\(range.upperBound)"
        within = count.within
        late = count.late
    }
}
