import Foundation
import PasarCore

/// The Frictionless Data Package (`data/datapackage.json`) describing every published CSV with its
/// Table Schema, keys, size and SHA-256, so validators and harvesters can read the data unaided.
enum DataPackage {
    static func descriptor(_ resources: [DataResource], files: [String: WrittenFile], site: SiteRenderInput, texts: DataTexts) -> JSONValue {
        let config = site.config
        var license: [String: JSONValue] = ["path": .string(config.license.url), "title": .string(config.license.name)]
        if let id = config.license.id { license["name"] = .string(id) }
        let base = config.baseURL ?? ""
        var package: [String: JSONValue] = [
            "profile": .string("tabular-data-package"),
            "name": .string(packageName(config.title)),
            "title": .string(config.title),
            "description": .string(CatalogMetadata.description(site, texts: texts)),
            "created": .string(site.report.asOf.description),
            "licenses": .array([.object(license)]),
            "sources": .array([.object(["title": .string(texts.both("metadata.source", ["office": config.office.name]))])]),
            "contributors": .array([.object(["title": .string(config.office.name), "role": .string("publisher")])]),
            "keywords": .array(CatalogMetadata.keywords(texts).map(JSONValue.string)),
            "resources": .array(resources.map { resource($0, file: files[$0.csvPath], texts: texts) }),
        ]
        if !base.isEmpty { package["homepage"] = .string(base) }
        return .object(package)
    }

    static func resource(_ resource: DataResource, file: WrittenFile?, texts: DataTexts) -> JSONValue {
        var schema: [String: JSONValue] = [
            "fields": .array(resource.columns.map { column in
                let field = DataDictionary.field(column, texts: texts)
                var entry: [String: JSONValue] = [
                    "name": .string(column), "type": .string(field.type), "description": .string(field.description),
                ]
                if field.type == "datetime" { entry["format"] = .string("any") }
                return .object(entry)
            }),
            "missingValues": .array([.string("")]),
        ]
        if !resource.primaryKey.isEmpty { schema["primaryKey"] = .array(resource.primaryKey.map(JSONValue.string)) }
        if !resource.foreignKeys.isEmpty {
            schema["foreignKeys"] = .array(resource.foreignKeys.map { key in
                .object(["fields": .array(key.fields.map(JSONValue.string)),
                         "reference": .object(["resource": .string(key.resource), "fields": .array(key.referenceFields.map(JSONValue.string))])])
            })
        }
        return .object([
            "name": .string(resource.name), "path": .string("\(resource.name).csv"), "profile": .string("tabular-data-resource"),
            "title": .string("\(resource.title(texts.indonesian)) / \(resource.title(texts.english))"),
            "format": .string("csv"), "mediatype": .string("text/csv"), "encoding": .string("utf-8"),
            "bytes": .integer(file?.bytes ?? 0), "hash": .string("sha256:" + (file?.sha256 ?? "")),
            "schema": .object(schema),
        ])
    }

    /// A package name: lowercase letters, digits and hyphens.
    static func packageName(_ title: String) -> String {
        let words = title.lowercased().split { !($0.isLetter && $0.isASCII) && !$0.isNumber }
        return words.joined(separator: "-")
    }
}

extension JSONValue {
    var string: String? { if case let .string(s) = self { s } else { nil } }

    /// Compact JSON safe to place inside an HTML `<script>` element: `<`, `>` and `&` are escaped.
    func scriptSafeJSON() -> String { compactText() }

}
