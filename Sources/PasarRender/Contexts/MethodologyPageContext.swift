import PasarCore
import PasarSources

/// How every figure is defined and computed, with the settings this build actually used.
struct MethodologyPageContext: Encodable {
    struct HolidayRow: Encodable {
        let date: String
        let date_iso: String
        let name: String
        let kind: String
    }

    struct StandardRow: Encodable {
        let category: String
        let respond: String
        let resolve: String
        let since: String?
    }

    let ranking_threshold: String
    let calendar_from: String
    let calendar_to: String
    let holidays: [HolidayRow]
    let standards: [StandardRow]
    let outside_calendar: String?
    let regency_standard_url: String
    let recurrence_rule: String?
    let recurring_url: String
    let tool_version: String
    let database_sha256: String

    init(site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let report = site.report
        ranking_threshold = f.integer(report.rankingThreshold)
        calendar_from = f.date(site.calendar.coverage.lowerBound)
        calendar_to = f.date(site.calendar.coverage.upperBound)
        holidays = site.calendar.holidays.map {
            HolidayRow(date: f.date($0.date), date_iso: $0.date.description, name: $0.name, kind: f.strings.text("holiday.\($0.kind.rawValue)"))
        }
        standards = report.categories.map {
            StandardRow(category: f.categoryName($0.category), respond: f.responseTime($0.standard.firstResponse),
                        resolve: f.responseTime($0.standard.resolution),
                        since: StandardHistoryContext.since($0.standardHistory, on: report.asOf.wibDate, format: f))
        }
        outside_calendar = report.complaintsOutsideCalendar > 0 ? f.integer(report.complaintsOutsideCalendar) : nil
        regency_standard_url = root + language.pathPrefix + PageAddress.regencyStandard.path
        recurrence_rule = report.recurrence.map { RecurrenceContext.rule($0, format: f) }
        recurring_url = root + language.pathPrefix + PageAddress.recurringProblems.path
        tool_version = site.toolVersion
        database_sha256 = site.databaseSHA256
    }
}
