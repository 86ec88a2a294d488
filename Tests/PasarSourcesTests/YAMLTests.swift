import Testing
import PasarCore
@testable import PasarSources

@Suite struct YAMLTests {
    @Test func unknownKeysAreErrorsThatNameTheLineAndSuggestTheKnownKey() throws {
        let yaml = try #require(try YAMLValue.parse("title: X\nregnecy: Y\n", file: "site.yml"))
        let error = try #require(throws: PasarError.self) { try yaml.mapping(allowed: ["title", "regency"]) }
        #expect(error.diagnostics[0].location == .file("site.yml", line: 2, column: 1))
        #expect(error.diagnostics[0].hint == "did you mean \"regency\"?")
    }

    @Test func frontMatterLinesAreThoseOfTheFile() throws {
        let document = try FrontMatterDocument(text: "---\ntitle: A\nlast_reviewed: kemarin\n---\nIsi\n", file: "a.md")
        let map = try #require(document.frontMatter).mapping(allowed: ["title", "last_reviewed"])
        let error = try #require(throws: PasarError.self) { try map.require("last_reviewed").date() }
        #expect(error.diagnostics[0].location == .file("a.md", line: 3, column: 16))
        #expect(document.body == "Isi\n")
    }

    @Test func syntaxErrorsAndDuplicateKeysCarryTheirLine() {
        let syntax = #expect(throws: PasarError.self) { try YAMLValue.parse("a: 1\nb: [2\n", file: "x.yml", lineOffset: 1) }
        #expect(syntax?.diagnostics[0].location.map { "\($0)" }?.hasPrefix("x.yml:") == true)
        let duplicate = #expect(throws: PasarError.self) { try YAMLValue.parse("a: 1\na: 2\n", file: "x.yml") }
        #expect(duplicate?.description.contains("the key \"a\" appears twice") == true)
    }

    @Test func aFileWithoutFrontMatterIsAllBody() throws {
        let document = try FrontMatterDocument(text: "# Judul\n", file: "a.md")
        #expect(document.frontMatter == nil)
        #expect(document.body == "# Judul\n")
    }

    @Test func spellingSuggestionsPreferCloseWordsThenPrefixes() {
        #expect(Spelling.closest(to: "hari kerj", in: ["jam", "hari", "hari kerja"]) == "hari kerja")
        #expect(Spelling.closest(to: "resolve_whitin", in: ["respond", "resolve"]) == "resolve")
        #expect(Spelling.closest(to: "zzz", in: ["respond", "resolve"]) == nil)
    }
}

@Suite struct HolidayCalendarTests {
    @Test func readsDaysOffAndTheirCoverage() throws {
        let yaml = try #require(try YAMLValue.parse("""
            covers: {from: 2025-01-01, to: 2025-12-31}
            days:
              - {date: 2025-12-25, kind: libur_nasional, name: Natal}
              - {date: 2025-12-26, kind: cuti_bersama, name: Cuti bersama Natal}
            """, file: "h.yml"))
        let calendar = try HolidayCalendarLoader.parse(yaml)
        #expect(calendar.holidays.count == 2)
        #expect(!calendar.isWorkingDay(CivilDate(year: 2025, month: 12, day: 26)!))
        #expect(calendar.coverage.upperBound == CivilDate(year: 2025, month: 12, day: 31))
    }

    @Test func rejectsDaysOutsideTheCoverageAndDuplicates() throws {
        let outside = try #require(try YAMLValue.parse("covers: {from: 2025-01-01, to: 2025-12-31}\ndays:\n  - {date: 2026-01-01, kind: libur_nasional, name: X}\n", file: "h.yml"))
        #expect(throws: PasarError.self) { try HolidayCalendarLoader.parse(outside) }
        let twice = try #require(try YAMLValue.parse("covers: {from: 2025-01-01, to: 2025-12-31}\ndays:\n  - {date: 2025-05-01, kind: libur_nasional, name: X}\n  - {date: 2025-05-01, kind: cuti_bersama, name: Y}\n", file: "h.yml"))
        let error = try #require(throws: PasarError.self) { try HolidayCalendarLoader.parse(twice) }
        #expect(error.description.hasPrefix("h.yml:4:12: error: 2025-05-01 is listed twice"))
    }
}
