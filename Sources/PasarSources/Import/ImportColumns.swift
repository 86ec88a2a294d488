import PasarCore

/// The tables `pasar import` fills, and the column headings it understands for each: the schema's
/// own names and the Indonesian and English labels an office's spreadsheet would use
/// (docs/import.md lists them). Headings are compared without case, spaces or punctuation.
public enum ImportTable: String, Sendable, CaseIterable {
    case complaints, markets, categories

    /// A column of the table: its name in the database, the headings that mean it, and whether a file must have it.
    public struct Column: Sendable {
        public let name: String
        public let headings: [String]
        public let required: Bool
    }

    public var columns: [Column] {
        switch self {
        case .markets: [
            Column(name: "id", headings: ["id", "market_id", "kode pasar", "id pasar", "market id"], required: true),
            Column(name: "name", headings: ["name", "nama pasar", "nama", "market", "market name"], required: true),
            Column(name: "district", headings: ["district", "kecamatan"], required: false),
            Column(name: "address", headings: ["address", "alamat"], required: false),
        ]
        case .categories: [
            Column(name: "id", headings: ["id", "category_id", "kode kategori", "id kategori", "category id"], required: true),
            Column(name: "name", headings: ["name", "nama kategori", "nama", "category", "category name"], required: true),
            Column(name: "sort_order", headings: ["sort_order", "urutan", "order"], required: false),
        ]
        case .complaints: [
            Column(name: "id", headings: ["id", "complaint_id", "no pengaduan", "nomor pengaduan", "no", "nomor", "kode pengaduan",
                                          "complaint number", "ticket"], required: true),
            Column(name: "market_id", headings: ["market_id", "pasar", "nama pasar", "kode pasar", "id pasar", "market"], required: true),
            Column(name: "category_id", headings: ["category_id", "kategori", "jenis pengaduan", "category"], required: true),
            Column(name: "channel", headings: ["channel", "saluran", "saluran pengaduan", "media", "sumber"], required: false),
            Column(name: "received_at", headings: ["received_at", "tanggal diterima", "waktu diterima", "tanggal pengaduan", "tanggal masuk",
                                                   "diterima", "tanggal", "received", "date received"], required: true),
            Column(name: "first_response_at", headings: ["first_response_at", "tanggal tanggapan", "waktu tanggapan", "tanggapan pertama",
                                                         "waktu tanggapan pertama", "first response"], required: false),
            Column(name: "resolved_at", headings: ["resolved_at", "tanggal selesai", "waktu selesai", "tanggal ditutup", "resolved",
                                                   "date resolved", "closed"], required: false),
            Column(name: "status", headings: ["status", "status pengaduan", "keadaan"], required: true),
            Column(name: "public_summary", headings: ["public_summary", "ringkasan", "uraian", "isi pengaduan", "uraian pengaduan",
                                                      "summary", "description"], required: false),
            Column(name: "confidentiality", headings: ["confidentiality", "kerahasiaan", "sifat", "privacy"], required: false),
            Column(name: "location", headings: ["location", "lokasi", "tempat", "blok los kios", "blok", "kios"], required: false),
            Column(name: "reporter_name", headings: ["reporter_name", "nama pelapor", "pelapor", "reporter"], required: false),
            Column(name: "reporter_phone", headings: ["reporter_phone", "telepon", "no hp", "nomor hp", "nomor telepon", "hp", "phone"], required: false),
            Column(name: "reporter_contact", headings: ["reporter_contact", "kontak", "email", "surel", "nik", "alamat pelapor", "contact"], required: false),
        ]
        }
    }

    /// A heading as compared: lowercase letters and digits only (`No. Pengaduan` → `nopengaduan`).
    static func key(_ heading: String) -> String {
        String(heading.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }

    /// Which column each heading of a file is (nil: a column this table does not have, ignored).
    func columns(for headings: [String]) -> [Column?] {
        var byKey: [String: Column] = [:]
        for column in columns {
            for heading in column.headings where byKey[Self.key(heading)] == nil { byKey[Self.key(heading)] = column }
        }
        var taken = Set<String>()
        return headings.map { heading in
            guard let column = byKey[Self.key(heading)], taken.insert(column.name).inserted else { return nil }
            return column
        }
    }

    /// Every heading this table understands, for messages.
    var allHeadings: [String] { columns.flatMap(\.headings) }
}
