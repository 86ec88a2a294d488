/// The 14 components of a service standard (PermenPANRB 15/2014): six about delivering the service,
/// eight about managing it. A standard document names each by a heading.
public enum ServiceStandardComponent: String, Sendable, Hashable, CaseIterable {
    case persyaratan
    case prosedur
    case jangkaWaktu = "jangka_waktu"
    case biaya
    case produk
    case pengaduan
    case dasarHukum = "dasar_hukum"
    case sarana
    case kompetensi
    case pengawasan
    case jumlahPelaksana = "jumlah_pelaksana"
    case jaminanPelayanan = "jaminan_pelayanan"
    case jaminanKeamanan = "jaminan_keamanan"
    case evaluasi

    /// The component's name in the regulation.
    public var name: String {
        switch self {
        case .persyaratan: "Persyaratan"
        case .prosedur: "Sistem, mekanisme dan prosedur"
        case .jangkaWaktu: "Jangka waktu penyelesaian"
        case .biaya: "Biaya/tarif"
        case .produk: "Produk pelayanan"
        case .pengaduan: "Penanganan pengaduan, saran dan masukan"
        case .dasarHukum: "Dasar hukum"
        case .sarana: "Sarana, prasarana dan/atau fasilitas"
        case .kompetensi: "Kompetensi pelaksana"
        case .pengawasan: "Pengawasan internal"
        case .jumlahPelaksana: "Jumlah pelaksana"
        case .jaminanPelayanan: "Jaminan pelayanan"
        case .jaminanKeamanan: "Jaminan keamanan dan keselamatan pelayanan"
        case .evaluasi: "Evaluasi kinerja pelaksana"
        }
    }

    /// Words that identify the component in a heading, lower case; any one is enough. Chosen so that
    /// wording can vary ("Biaya", "Tarif", "Biaya/Tarif") while similar components stay apart
    /// ("Jaminan Pelayanan" vs "Jaminan Keamanan dan Keselamatan").
    var keywords: [String] {
        switch self {
        case .persyaratan: ["persyaratan", "syarat", "requirement"]
        case .prosedur: ["prosedur", "mekanisme", "alur", "procedure"]
        case .jangkaWaktu: ["jangka waktu", "waktu penyelesaian", "waktu pelayanan", "time limit"]
        case .biaya: ["biaya", "tarif", "cost", "fee"]
        case .produk: ["produk", "product"]
        case .pengaduan: ["pengaduan", "saran", "masukan", "complaint"]
        case .dasarHukum: ["dasar hukum", "legal basis"]
        case .sarana: ["sarana", "prasarana", "fasilitas", "facilit"]
        case .kompetensi: ["kompetensi", "competenc"]
        case .pengawasan: ["pengawasan", "supervision", "oversight"]
        case .jumlahPelaksana: ["jumlah pelaksana", "jumlah petugas", "number of staff"]
        case .jaminanPelayanan: ["jaminan pelayanan", "maklumat", "service guarantee"]
        case .jaminanKeamanan: ["keamanan dan keselamatan", "jaminan keamanan", "jaminan keselamatan", "safety"]
        case .evaluasi: ["evaluasi", "evaluation"]
        }
    }

    /// The components that no heading names and that are not marked not applicable, in regulation order.
    public static func missing(headings: [String], notApplicable: Set<ServiceStandardComponent>) -> [ServiceStandardComponent] {
        let normalized = headings.map(normalize)
        return allCases.filter { component in
            !notApplicable.contains(component) && !normalized.contains { heading in component.keywords.contains { heading.contains($0) } }
        }
    }

    /// Lower case, punctuation as spaces, single spaces: "Biaya/Tarif" → "biaya tarif".
    static func normalize(_ text: String) -> String {
        let spaced = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }
        return String(spaced).split(separator: " ").joined(separator: " ")
    }
}
