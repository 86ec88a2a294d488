/// A chart drawn at build time as inline SVG: no script, readable without colour (solid versus
/// hatched fills), with a title and a text summary for screen readers. The page shows the data
/// table the chart draws next to it.
public struct SVGChart: Sendable, Encodable {
    /// The chart's SVG markup; every text in it is XML-escaped.
    public let svg: String
    /// One or two sentences saying what the chart shows, shown under it.
    public let summary: String
}

/// One series of bars: its name and how it is filled.
struct ChartSeries {
    enum Fill {
        case solid(String)
        case hatched(String)
    }

    let name: String
    let fill: Fill
}

/// Shared drawing pieces: sizes, fills and escaping.
enum SVGDrawing {
    /// Drawn 360 units wide: on a 360 px phone the text stays near its 14-unit size.
    static let width = 360.0
    static let font = 14.0

    /// The `<svg>` start with its accessible name and description, and the hatch patterns of `series`.
    static func open(id: String, height: Double, title: String, summary: String, series: [ChartSeries]) -> String {
        var svg = "<svg class=\"chart-svg\" viewBox=\"0 0 \(int(width)) \(int(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
            + "font-size=\"\(int(font))\">"  // inline in HTML: the parser gives it the SVG namespace
        svg += "<title id=\"\(id)-title\">\(XMLText.escape(title))</title><desc id=\"\(id)-desc\">\(XMLText.escape(summary))</desc>"
        let patterns = series.enumerated().compactMap { index, s -> String? in
            guard case let .hatched(colour) = s.fill else { return nil }
            return "<pattern id=\"\(id)-p\(index)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><rect width=\"3.5\" height=\"6\" fill=\"\(colour)\"/></pattern>"
        }
        if !patterns.isEmpty { svg += "<defs>\(patterns.joined())</defs>" }
        return svg
    }

    /// The fill attribute value for series `index` of the chart `id`, with an outline for hatched fills.
    static func fill(_ series: ChartSeries, index: Int, chart id: String) -> String {
        switch series.fill {
        case let .solid(colour): "fill=\"\(colour)\""
        case let .hatched(colour): "fill=\"url(#\(id)-p\(index))\" stroke=\"\(colour)\" stroke-width=\"1\""
        }
    }

    /// `content` in a `<g>` whose `attributes` its children share, or nothing when there is no content.
    static func group(_ attributes: String, _ content: String) -> String {
        content.isEmpty ? "" : "<g \(attributes)>\(content)</g>"
    }

    /// Each series' bars (`bars[i]` for `series[i]`) in a group carrying that series' fill.
    static func seriesGroups(_ bars: [String], series: [ChartSeries], chart id: String) -> String {
        bars.enumerated().map { group(fill(series[$0.offset], index: $0.offset, chart: id), $0.element) }.joined()
    }

    /// A legend row: a swatch and a name per series.
    static func legend(_ series: [ChartSeries], chart id: String, y: Double) -> String {
        var x = 8.0
        var svg = ""
        for (index, s) in series.enumerated() {
            svg += "<rect x=\"\(num(x))\" y=\"\(num(y - 11))\" width=\"14\" height=\"14\" \(fill(s, index: index, chart: id))/>"
            svg += "<text x=\"\(num(x + 20))\" y=\"\(num(y))\">\(XMLText.escape(s.name))</text>"
            x += 28 + Double(s.name.count) * font * 0.55
        }
        return svg
    }

    static func int(_ value: Double) -> String { String(Int(value.rounded())) }

    /// A coordinate with at most one decimal, so the markup stays small and stable.
    static func num(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// A "nice" axis maximum at or above `value`: 1, 2 or 5 times a power of ten.
    static func niceMaximum(_ value: Int) -> Int {
        guard value > 0 else { return 1 }
        var power = 1
        while power * 10 <= value { power *= 10 }
        for step in [1, 2, 5, 10] where step * power >= value { return step * power }
        return 10 * power
    }
}
