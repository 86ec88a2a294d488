import PasarCore

/// The lookup page (`/lacak/`): one field for a complaint number; the page's script reads the one
/// small file the number is filed in (see `TrackingFiles`) and shows the complaint as it stood at
/// the as-of moment. Without the script the page says where a complaint can be found instead.
struct TrackingPageContext: Encodable {
    /// What the script needs, as JSON in the page: where the files are, the moment, and the words.
    let config: String
    let contacts: [String]
    let markets_url: String
    let how_to_complain_url: String?
    let script_url: String

    init(site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let home = root + language.pathPrefix
        let asOf = site.report.asOf
        let strings = f.strings
        func texts(_ prefix: String) -> JSONValue {
            .object(Dictionary(uniqueKeysWithValues: strings.texts.filter { $0.key.hasPrefix(prefix + ".") }
                .map { (String($0.key.dropFirst(prefix.count + 1)), JSONValue.string($0.value)) }))
        }
        func list(_ key: String) -> JSONValue { .array(strings.list(key).map(JSONValue.string)) }
        config = JSONValue.object([
            "files": .object(site.tracking.files.mapValues { .integer($0) }),
            "base": .string(root + "lacak/"),
            "home": .string(home),
            "as_of": .integer(Int(asOf.seconds)),
            "as_of_day": .integer(Int(site.calendar.workingDayNumber(asOf.wibDate))),
            "texts": texts("tracking"), "format": texts("format"), "status": texts("status"), "channels": texts("channel_names"),
            "months": list("format.months"), "weekdays": list("format.weekdays"),
        ]).scriptSafeJSON()
        let office = site.config.office
        contacts = f.officeContacts(office)
        markets_url = home + PageAddress.districts.path
        how_to_complain_url = site.config.howToComplain.map { home + PageAddress.page($0).path }
        script_url = root + "assets/lacak.js"
    }
}
