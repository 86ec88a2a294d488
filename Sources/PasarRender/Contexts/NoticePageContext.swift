import PasarCore
import PasarSources

/// A market's notice for the notice board of its office (`/pasar/<id>/papan/`): one A4 page in
/// Indonesian with the complaint-response standard, how and where to complain, this month's key
/// figures with their date, and the market page's address in large type. Printed in black and
/// white, it keeps the paper on the wall and the website in step.
struct NoticePageContext: Encodable {
    struct StandardRow: Encodable {
        let category: String
        let respond: String
        let resolve: String
    }

    let market: String
    let district: String
    let standards: [StandardRow]
    let contacts: [String]
    let month: String
    let received_this_month: String
    let resolved_this_month: String
    let open: String
    let open_overdue: String
    let has_overdue: Bool
    let within_standard_share: String
    let within_fraction: String
    let figures_as_of: String
    /// The market page's address, for people to type.
    let address: String
    let market_url: String
    /// QR codes for the market page and the lookup page (absolute addresses: only with a base_url).
    let qr_codes: [QRCodeContext]
    let has_qr_codes: Bool

    struct QRCodeContext: Encodable {
        let label: String
        let url: String
        /// The address as printed under the code, without the scheme.
        let address: String
        let svg: String
    }

    init(_ report: MarketReport, site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let home = root + language.pathPrefix
        market = report.market.name
        district = report.market.district
        standards = report.standards.map {
            StandardRow(category: f.categoryName($0.category), respond: f.responseTime($0.standard.firstResponse), resolve: f.responseTime($0.standard.resolution))
        }
        let office = site.config.office
        var contacts = [f.strings.text("notice.at_market", ["market": report.market.name])]
        contacts += f.officeContacts(office)
        contacts.append(f.strings.text("notice.lapor"))
        self.contacts = contacts
        let asOf = site.report.asOf
        let thisMonth = report.statistics.monthly.last { $0.month == asOf.wibDate.yearMonth }
        month = f.monthName(asOf.wibDate.yearMonth)
        received_this_month = f.integer(thisMonth?.received ?? 0)
        resolved_this_month = f.integer(thisMonth?.resolved ?? 0)
        let s = report.statistics
        open = f.integer(s.open)
        open_overdue = f.integer(s.openOverdue)
        has_overdue = s.openOverdue > 0
        within_standard_share = f.percent(s.withinStandard)
        within_fraction = f.fraction(s.withinStandard)
        figures_as_of = f.dateTime(asOf)
        address = site.permanentURL(for: .market(report.market.id), in: language).replacingOccurrences(of: "https://", with: "")
            .replacingOccurrences(of: "http://", with: "")
        market_url = home + PageAddress.market(report.market.id).path
        let base = site.config.baseURL
        qr_codes = [(base.map { _ in site.permanentURL(for: .market(report.market.id), in: language) }, "notice.qr_market"),
                    (base.map { $0 + PageAddress.tracking.path }, "notice.qr_tracking")].compactMap { url, label in
            guard let url, let code = QRCode(url) else { return nil }
            return QRCodeContext(label: f.strings.text(label), url: url, address: url.replacingOccurrences(of: "https://", with: "")
                .replacingOccurrences(of: "http://", with: ""), svg: code.svg)
        }
        has_qr_codes = !qr_codes.isEmpty
    }
}

extension LocalFormat {
    /// The office's telephone, e-mail and address, each as a line, where site.yml gives them.
    func officeContacts(_ office: SiteConfig.Office) -> [String] {
        [office.phone.map { strings.text("notice.phone", ["value": $0]) },
         office.email.map { strings.text("notice.email", ["value": $0]) },
         office.address.map { strings.text("notice.office_address", ["office": office.shortName, "value": $0]) }].compactMap { $0 }
    }
}
