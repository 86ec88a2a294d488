import PasarCore

/// Catalog metadata for harvesters: a DCAT catalog (`data/catalog.jsonld`, read by CKAN's DCAT
/// harvester) and schema.org `Dataset` descriptions embedded in the overview and market pages.
enum CatalogMetadata {
    /// Every downloadable file with its media type, for distributions.
    struct Download {
        let path: String
        let title: String
        let mediaType: String
        let format: String
    }

    static func downloads(_ resources: [DataResource], texts: DataTexts) -> [Download] {
        resources.flatMap { r in
            let title = "\(r.title(texts.indonesian)) / \(r.title(texts.english))"
            return [Download(path: r.csvPath, title: "\(title) (CSV)", mediaType: "text/csv", format: "CSV")]
                + (r.jsonPath.map { [Download(path: $0, title: "\(title) (JSON)", mediaType: "application/json", format: "JSON")] } ?? [])
        } + [
            Download(path: "data/datapackage.json", title: "Frictionless Data Package", mediaType: "application/json", format: "JSON"),
            Download(path: "data/\(DataBundle.zipName)", title: texts.both("metadata.all_data"), mediaType: "application/zip", format: "ZIP"),
        ]
    }

    /// Keywords in both languages.
    static func keywords(_ texts: DataTexts) -> [String] {
        texts.indonesian.list("metadata.keywords") + texts.english.list("metadata.keywords")
    }

    static func temporal(_ site: SiteRenderInput) -> (start: String, end: String) {
        ((site.report.firstReceived ?? site.report.asOf.wibDate).description, site.report.asOf.wibDate.description)
    }

    /// The DCAT catalog in JSON-LD, with one dataset and a distribution per file.
    static func dcat(_ site: SiteRenderInput, resources: [DataResource], texts: DataTexts) -> JSONValue {
        let config = site.config
        let base = config.baseURL ?? ""
        let (start, end) = temporal(site)
        let publisher: JSONValue = .object(["@type": .string("foaf:Organization"), "foaf:name": .string(config.office.name)])
        var contact: [String: JSONValue] = ["@type": .string("vcard:Organization"), "vcard:fn": .string(config.office.name)]
        if let email = config.office.email { contact["vcard:hasEmail"] = .object(["@id": .string("mailto:\(email)")]) }
        let license: JSONValue = .object(["@id": .string(config.license.url)])
        let dataset: JSONValue = .object([
            "@id": .string(base + "data/#dataset"),
            "@type": .string("dcat:Dataset"),
            "dct:identifier": .string(base + "data/"),
            "dct:title": .string(config.title),
            "dct:description": .string(description(site, texts: texts)),
            "dct:modified": .object(["@value": .string(site.report.asOf.description), "@type": .string("xsd:dateTime")]),
            "dct:publisher": publisher,
            "dct:license": license,
            "dct:language": .array(["id", "en"].map { .object(["@id": .string("http://id.loc.gov/vocabulary/iso639-1/\($0)")]) }),
            "dct:spatial": .object(["@type": .string("dct:Location"), "skos:prefLabel": .string(config.regency)]),
            "dct:temporal": .object([
                "@type": .string("dct:PeriodOfTime"),
                "dcat:startDate": .object(["@value": .string(start), "@type": .string("xsd:date")]),
                "dcat:endDate": .object(["@value": .string(end), "@type": .string("xsd:date")]),
            ]),
            "dcat:keyword": .array(keywords(texts).map(JSONValue.string)),
            "dcat:landingPage": .object(["@id": .string(base)]),
            "dcat:contactPoint": .object(contact),
            "dcat:distribution": .array(downloads(resources, texts: texts).map { d in
                .object([
                    "@id": .string(base + d.path),
                    "@type": .string("dcat:Distribution"),
                    "dct:title": .string(d.title),
                    "dcat:downloadURL": .object(["@id": .string(base + d.path)]),
                    "dcat:accessURL": .object(["@id": .string(base + "data/")]),
                    "dcat:mediaType": .string(d.mediaType),
                    "dct:format": .string(d.format),
                    "dct:license": license,
                ])
            }),
        ])
        return .object([
            "@context": .object([
                "dcat": .string("http://www.w3.org/ns/dcat#"), "dct": .string("http://purl.org/dc/terms/"),
                "foaf": .string("http://xmlns.com/foaf/0.1/"), "vcard": .string("http://www.w3.org/2006/vcard/ns#"),
                "skos": .string("http://www.w3.org/2004/02/skos/core#"), "xsd": .string("http://www.w3.org/2001/XMLSchema#"),
            ]),
            "@id": .string(base + "data/catalog.jsonld"),
            "@type": .string("dcat:Catalog"),
            "dct:title": .string(config.title),
            "dct:description": .string(description(site, texts: texts)),
            "dct:publisher": publisher,
            "dct:license": license,
            "dct:modified": .object(["@value": .string(site.report.asOf.description), "@type": .string("xsd:dateTime")]),
            "foaf:homepage": .object(["@id": .string(base)]),
            "dcat:dataset": .array([dataset]),
        ])
    }

    /// schema.org `Dataset` for a page: the regency's data, or one market's (`market` set).
    static func schemaOrg(_ site: SiteRenderInput, market: Market?, pageURL: String, texts: DataTexts) -> JSONValue {
        let config = site.config
        let base = config.baseURL ?? ""
        let (start, end) = temporal(site)
        let name = market.map { "\(config.title): \($0.name)" } ?? config.title
        var place: [String: JSONValue] = ["@type": .string("Place"), "name": .string(market?.name ?? config.regency)]
        if let market, !market.address.isEmpty {
            place["address"] = .object(["@type": .string("PostalAddress"), "streetAddress": .string(market.address),
                                        "addressLocality": .string(market.district), "addressRegion": .string(config.regency),
                                        "addressCountry": .string("ID")])
        }
        let files = ["data/markets.csv", "data/markets.json", "data/\(DataBundle.zipName)"]
        let office = JSONValue.object(["@type": .string("GovernmentOrganization"), "name": .string(config.office.name)])
        var dataset: [String: JSONValue] = [
            "@context": .string("https://schema.org"),
            "@type": .string("Dataset"),
            "name": .string(name),
            "description": .string(description(site, texts: texts)),
            "url": .string(pageURL),
            "identifier": .string(pageURL),
            "license": .string(config.license.url),
            "creator": office,
            "temporalCoverage": .string("\(start)/\(end)"),
            "spatialCoverage": .object(place),
            "dateModified": .string(site.report.asOf.description),
            "distribution": .array(files.map { path in
                .object(["@type": .string("DataDownload"), "contentUrl": .string(base + path),
                         "encodingFormat": .string(path.hasSuffix(".csv") ? "text/csv" : path.hasSuffix(".zip") ? "application/zip" : "application/json")])
            }),
        ]
        if market == nil {
            dataset["keywords"] = .array(keywords(texts).map(JSONValue.string))
            dataset["inLanguage"] = .array([.string("id"), .string("en")])
            dataset["isAccessibleForFree"] = .bool(true)
            dataset["publisher"] = office
        } else {
            // A market's figures are part of the regency's dataset, which carries the rest once.
            if !base.isEmpty { dataset["isPartOf"] = .string(base) }
        }
        return .object(dataset)
    }

    /// The dataset's description in both languages, marked when the data are a sample.
    static func description(_ site: SiteRenderInput, texts: DataTexts) -> String {
        let values = ["regency": site.config.regency]
        let id = texts.indonesian.text("metadata.description", values), en = texts.english.text("metadata.description", values)
        let sample = site.isSample ? texts.both("metadata.sample_prefix") + " " : ""
        return sample + id + " " + en
    }
}


