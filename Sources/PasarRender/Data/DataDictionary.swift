/// The type of every published column (Frictionless Table Schema types: string, integer, number,
/// datetime, yearmonth). What each column means, in Indonesian and English, is in the theme's
/// strings under `data_dictionary`, like every other text.
public enum DataDictionary {
    public struct Field: Sendable, Hashable {
        public let name: String
        public let type: String
        public let indonesian: String
        public let english: String

        /// "Indonesian / English", for single-description formats.
        public var description: String { "\(indonesian) / \(english)" }
    }

    /// The column's type and descriptions (`texts` holds the Indonesian and English strings).
    public static func field(_ name: String, texts: DataTexts) -> Field {
        guard let type = types[name] else { preconditionFailure("column \(name) is missing from the data dictionary") }
        return Field(name: name, type: type, indonesian: texts.indonesian.text("data_dictionary.\(name)"),
                     english: texts.english.text("data_dictionary.\(name)"))
    }

    /// Every column name the dictionary knows.
    public static var names: [String] { types.keys.sorted() }

    /// The types of the columns that are not published figures (those take theirs from `PublishedFigure`).
    static let otherTypes: [String: String] = [
        "market_id": "string",
        "category_id": "string",
        "complaint_id": "string",
        "name": "string",
        "market_name": "string",
        "category_name": "string",
        "district": "string",
        "rank": "integer",
        "as_of": "datetime",
        "month": "yearmonth",
        "received_in_month": "integer",
        "resolved_in_month": "integer",
        "channel": "string",
        "received_at": "datetime",
        "first_response_at": "datetime",
        "resolved_at": "datetime",
        "status": "string",
        "confidentiality": "string",
        "public_summary": "string",
        "resolution_deadline": "datetime",
        "outcome": "string",
        "resolution_hours": "number",
        "resolution_working_days": "integer",
        "first_response_hours": "number",
        "problems": "string",
        "received_month": "yearmonth",
        "resolved_month": "yearmonth",
        "in_time_statistics": "boolean",
        "resolution_seconds": "integer",
        "first_response_seconds": "integer",
        "open_age_days": "number",
        "location": "string",
        "window_from": "yearmonth",
        "window_to": "yearmonth",
        "months_with_complaints": "integer",
        "complaints_in_window": "integer",
        "repeat_complaints": "integer",
        "earlier_half": "integer",
        "later_half": "integer",
        "trend": "string",
        "recurring": "boolean",
        "recurring_by": "string",
        "period": "string",
        "respondents": "integer",
        "index": "number",
        "grade": "string",
    ].merging((1...9).map { ("u\($0)_mean", "number") }) { a, _ in a }

    static let types: [String: String] = otherTypes.merging(PublishedFigure.all.map { ($0.name, $0.unit.tableType) }) { a, _ in a }
}

/// The Indonesian and English strings, for files that carry both languages (data package, catalog).
public struct DataTexts: Sendable {
    public let indonesian: StringTable
    public let english: StringTable

    /// "Indonesian / English" for one key.
    public func both(_ key: String, _ values: [String: String] = [:]) -> String {
        let id = indonesian.text(key, values), en = english.text(key, values)
        return id == en ? id : "\(id) / \(en)"
    }
}
