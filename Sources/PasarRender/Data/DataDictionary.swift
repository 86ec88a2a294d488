/// What every published column means: its Table Schema type, and its description in Indonesian and
/// English. The data package, the JSON twins and docs/data.md all follow this list.
public enum DataDictionary {
    public struct Field: Sendable, Hashable {
        public let name: String
        /// A Frictionless Table Schema type: string, integer, number, datetime, yearmonth.
        public let type: String
        public let indonesian: String
        public let english: String

        /// "Indonesian / English", for single-description formats.
        public var description: String { "\(indonesian) / \(english)" }
    }

    public static func field(_ name: String) -> Field {
        guard let (type, indonesian, english) = entries[name] else {
            preconditionFailure("column \(name) is missing from the data dictionary")
        }
        return Field(name: name, type: type, indonesian: indonesian, english: english)
    }

    /// Every column name the dictionary knows.
    public static var names: [String] { entries.keys.sorted() }

    static let entries: [String: (String, String, String)] = [
        "market_id": ("string", "Kode pasar", "Market id"),
        "category_id": ("string", "Kode kategori pengaduan", "Complaint category id"),
        "complaint_id": ("string", "Nomor pengaduan", "Complaint number"),
        "name": ("string", "Nama", "Name"),
        "market_name": ("string", "Nama pasar", "Market name"),
        "category_name": ("string", "Nama kategori", "Category name"),
        "district": ("string", "Kecamatan", "District"),
        "received": ("integer", "Pengaduan diterima sampai waktu data", "Complaints received up to the as-of time"),
        "open": ("integer", "Masih terbuka pada waktu data", "Open at the as-of time"),
        "open_diterima": ("integer", "Terbuka, status diterima", "Open, status received"),
        "open_diverifikasi": ("integer", "Terbuka, status diverifikasi", "Open, status verified"),
        "open_diproses": ("integer", "Terbuka, status diproses", "Open, status in progress"),
        "resolved": ("integer", "Ditutup sebagai selesai", "Closed as resolved"),
        "rejected": ("integer", "Ditutup sebagai ditolak", "Closed as rejected"),
        "unknown_status": ("integer", "Status tidak dikenal", "Unknown status"),
        "resolved_within_standard": ("integer", "Selesai paling lambat pada batas waktu (pembilang)", "Resolved by the deadline (numerator)"),
        "decided": ("integer", "Selesai ditambah terbuka yang lewat batas waktu (penyebut)", "Resolved plus open past deadline (denominator)"),
        "within_standard_share": ("number", "Persen selesai dalam standar, satu desimal", "Percent resolved within standard, one decimal"),
        "open_overdue": ("integer", "Terbuka dan lewat batas waktu", "Open and past the deadline"),
        "open_not_yet_due": ("integer", "Terbuka, belum jatuh tempo", "Open, not yet due"),
        "resolution_time_count": ("integer", "Pengaduan selesai yang lama penyelesaiannya dihitung", "Resolved complaints whose time to resolve is measured"),
        "median_resolution_hours": ("number", "Median lama penyelesaian, jam", "Median time to resolve, hours"),
        "p90_resolution_hours": ("number", "Persentil ke-90 lama penyelesaian, jam", "90th percentile time to resolve, hours"),
        "mean_resolution_hours": ("number", "Rata-rata lama penyelesaian, jam", "Mean time to resolve, hours"),
        "median_resolution_working_days": ("number", "Median lama penyelesaian, hari kerja", "Median time to resolve, working days"),
        "p90_resolution_working_days": ("number", "Persentil ke-90 lama penyelesaian, hari kerja", "90th percentile time to resolve, working days"),
        "median_first_response_hours": ("number", "Median waktu tanggapan pertama, jam", "Median time to first response, hours"),
        "oldest_open_age_days": ("number", "Umur pengaduan terbuka tertua, hari", "Age of the oldest open complaint, days"),
        "excluded_from_time_statistics": ("integer", "Tidak dipakai dalam angka waktu karena catatan bermasalah", "Left out of time statistics because of a record problem"),
        "unlisted_confidential": ("integer", "Pengaduan rahasia: dihitung, tetapi tidak ada di complaints.csv", "Confidential complaints: counted, but not in complaints.csv"),
        "rank": ("integer", "Peringkat ketepatan waktu; kosong bila terlalu sedikit pengaduan yang diputuskan", "On-time rank; empty when too few complaints are decided"),
        "as_of": ("datetime", "Waktu data (WIB)", "As-of time (WIB)"),
        "month": ("yearmonth", "Bulan (WIB)", "Month (WIB)"),
        "received_in_month": ("integer", "Pengaduan diterima pada bulan itu", "Complaints received in the month"),
        "resolved_in_month": ("integer", "Pengaduan selesai pada bulan itu", "Complaints resolved in the month"),
        "channel": ("string", "Saluran pengaduan", "Channel"),
        "received_at": ("datetime", "Waktu diterima (WIB); kosong bila tidak sah", "Time received (WIB); empty when invalid"),
        "first_response_at": ("datetime", "Waktu tanggapan pertama sampai waktu data", "Time of first response up to the as-of time"),
        "resolved_at": ("datetime", "Waktu ditutup sampai waktu data", "Time closed up to the as-of time"),
        "status": ("string", "Status pada waktu data: diterima, diverifikasi, diproses, selesai, ditolak", "Status at the as-of time"),
        "confidentiality": ("string", "Kerahasiaan: biasa atau anonim (pengaduan rahasia tidak diterbitkan)", "Confidentiality: biasa or anonim (rahasia complaints are not published)"),
        "public_summary": ("string", "Ringkasan; nomor telepon, surel dan NIK diganti penanda", "Summary; phone numbers, e-mail addresses and NIK replaced by markers"),
        "resolution_deadline": ("datetime", "Batas waktu penyelesaian menurut standar", "Resolution deadline under the standard"),
        "outcome": ("string", "Hasil terhadap standar: within_standard, late, overdue, pending; kosong bila ditolak atau tidak dipakai", "Outcome against the standard; empty when rejected or left out"),
        "resolution_hours": ("number", "Lama penyelesaian, jam", "Time to resolve, hours"),
        "resolution_working_days": ("integer", "Lama penyelesaian, hari kerja", "Time to resolve, working days"),
        "first_response_hours": ("number", "Waktu tanggapan pertama, jam", "Time to first response, hours"),
        "problems": ("string", "Kode masalah catatan, dipisah titik koma (lihat halaman kualitas data)", "Record problem codes, separated by semicolons"),
        "period": ("string", "Periode survei", "Survey period"),
        "respondents": ("integer", "Lembar survei yang dipakai", "Answer sheets used"),
        "index": ("number", "Indeks Kepuasan Masyarakat (25–100), dua desimal", "Community Satisfaction Index (25–100), two decimals"),
        "grade": ("string", "Mutu pelayanan A–D", "Service grade A–D"),
    ].merging((1...9).map { ("u\($0)_mean", ("number", "Rata-rata nilai unsur U\($0) (1–4)", "Mean score of element U\($0) (1–4)")) }) { a, _ in a }
}
