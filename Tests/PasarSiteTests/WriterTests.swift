import Foundation
import Testing
import PasarCore
@testable import PasarRender

/// The byte writers that replaced slower library paths give the same bytes as those libraries.
@Suite struct WriterTests {
    @Test func jsonIsWrittenExactlyAsJSONEncoderWritesIt() throws {
        let value = JSONValue.object([
            "b": .array([.number(160), .number(192.3), .number(0.5), .number(1e-5), .number(1_234_567.25), .integer(-3), .null]),
            "a \"quoted\" \\ key": .string("line\nbreak\ttab\u{1}\u{8}\u{c} / é ✓ 😀 <b>&</b>"),
            "empty": .array([]), "nothing": .object([:]), "flag": .bool(true), "Z": .bool(false),
            "nested": .object(["x": .array([.object(["y": .integer(1)])])]),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var expected = String(decoding: try encoder.encode(value), as: UTF8.self)
        // The published files also escape <, > and & (safe to embed in HTML).
        expected = expected.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026") + "\n"
        #expect(String(decoding: value.encoded(), as: UTF8.self) == expected)
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let compact = String(decoding: try encoder.encode(value), as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e").replacingOccurrences(of: "&", with: "\\u0026")
        #expect(value.compactText() == compact)
    }

    @Test func hoursAreRoundedAsTheExactFractionsAre() {
        for seconds: Int64 in [0, 1, 17, 18, 35, 36, 54, 3599, 3600, 3618, 3654, 86_399, 123_456_789] + (0..<2000).map({ $0 * 97 }) {
            var bytes: [UInt8] = []
            CSVText.appendHours(seconds, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == Fraction(seconds, 3600).decimalText(places: 2), "\(seconds) s")
        }
    }

    @Test func timestampsAreWrittenAsTheirDescription() {
        for seconds: Int64 in [0, 946_684_800, 1_767_157_200, 1_767_157_199, 4_102_444_799] + (0..<500).map({ 1_700_000_000 + $0 * 86_413 }) {
            let time = Timestamp(seconds: seconds)
            var bytes: [UInt8] = []
            time.appendISO(to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == time.description)
        }
    }

    @Test func monthsAreWrittenAsTheirDescription() {
        for month in [YearMonth(year: 2025, month: 1), YearMonth(year: 2025, month: 12), YearMonth(year: 999, month: 5),
                      YearMonth(year: 10_000, month: 2)] + (0..<300).map({ YearMonth(year: 1990, month: 1).adding(months: $0) }) {
            var bytes: [UInt8] = []
            month.appendISO(to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == month.description)
        }
        #expect(YearMonth(year: 2025, month: 3).description == "2025-03")
    }

    @Test func csvFieldsAreQuotedOnlyWhenNeededAndFormulasDefused() {
        var bytes: [UInt8] = []
        CSVText.appendRow(["plain", "a,b", "say \"hi\"", "two\nlines", CSVText.defused("=SUM(A1)"), CSVText.defused("-5"), "é"], to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",'=SUM(A1),'-5,é\n")
    }

    @Test func interfaceStringsAreWrittenIntoTemplatesEscapedAsMustacheWould() {
        let strings = StringTable(texts: ["a.b": "Tom & \"Jerry\" <3 'x'", "raw": "<em>ya</em>", "braces": "{{no}}"], lists: ["list": ["1"]])
        let template = "{{t.a.b}}|{{{t.raw}}}|{{& t.raw}}|{{ t.a.b }}|{{t.missing}}|{{#t.list}}{{.}}{{/t.list}}|{{t.braces}}|{{other}}"
        #expect(Theme.inlining(strings, into: template)
            == "Tom &amp; &quot;Jerry&quot; &lt;3 &#39;x&#39;|<em>ya</em>|<em>ya</em>|Tom &amp; &quot;Jerry&quot; &lt;3 &#39;x&#39;|{{t.missing}}|{{#t.list}}{{.}}{{/t.list}}|{{t.braces}}|{{other}}")
        #expect(HTMLEscaping().escapeText("plain text") == "plain text")
    }

    @Test func placeholdersAreFilledInOnePass() {
        let strings = StringTable(texts: ["k": "{a} and {b}, {a}; {unknown} stays"])
        #expect(strings.text("k", ["a": "{b}", "b": "2"]) == "{b} and 2, {b}; {unknown} stays")
    }
}
