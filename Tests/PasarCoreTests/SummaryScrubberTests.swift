import Testing
@testable import PasarCore

/// What the scrubber removes, and the near misses it must leave as written. The list is the one
/// published in docs/data.md; add a spelling here when one gets through.
@Suite struct SummaryScrubberTests {
    let scrubber = SummaryScrubber()

    @Test(arguments: [
        // Phone numbers
        ("Hubungi 081234567890 segera.", "Hubungi [nomor telepon] segera."),
        ("WA: 0812-3456-7890", "WA: [nomor telepon]"),
        ("telp +62 812 3456 7890 ya", "telp [nomor telepon] ya"),
        ("kantor (0261) 555-0100", "kantor [nomor telepon]"),
        ("hp 0812/3456/7890", "hp [nomor telepon]"),
        ("hp 0812.3456.7890", "hp [nomor telepon]"),
        ("nomor 812-3456-7890 tanpa nol", "nomor [nomor telepon] tanpa nol"),
        ("wa 8123456789", "wa [nomor telepon]"),
        ("nomor 6281234567890", "nomor [nomor telepon]"),
        ("telp ０８１２３４５６７８９０ (lebar)", "telp [nomor telepon] (lebar)"),
        ("telp ٠٨١٢٣٤٥٦٧٨٩٠", "telp [nomor telepon]"),
        ("kios 12 081234567890", "kios 12 [nomor telepon]"),
        ("081234567890/081298765432", "[nomor telepon]/[nomor telepon]"),
        ("0812 3456 7890 atau 0857 1111 2222", "[nomor telepon] atau [nomor telepon]"),
        ("pelapor (0812 3456 7890) marah", "pelapor ([nomor telepon]) marah"),
        // NIK
        ("NIK 3201010101010003 milik pelapor", "NIK [NIK] milik pelapor"),
        ("NIK 3201.0101.0101.0003", "NIK [NIK]"),
        ("NIK 3201010101010003 12", "NIK [NIK] 12"),
        ("KTP 320101 010101 0003.", "KTP [NIK]."),
        // E-mail addresses
        ("surel siti.rahayu+pasar@contoh.co.id", "surel [alamat surel]"),
        ("kirim ke siti [at] contoh.id", "kirim ke [alamat surel]"),
        ("kirim ke siti(at)contoh(dot)id ya", "kirim ke [alamat surel] ya"),
        ("siti @ contoh.co.id", "[alamat surel]"),
        ("siti at contoh dot com", "[alamat surel]"),
        ("SITI [AT] CONTOH [DOT] ID.", "[alamat surel]."),
        ("siti{at}contoh.id", "[alamat surel]"),
    ])
    func removesIdentifiers(text: String, expected: String) {
        #expect(scrubber.scrub(text).text == expected)
    }

    @Test(arguments: [
        "Kios nomor 12 blok B",
        "Retribusi Rp 5.000 per hari",
        "Retribusi Rp. 850.000.000 setahun",
        "Anggaran IDR 812.345.678",
        "Tanggal 24-12-2025 pukul 10.00",
        "Tanggal 24/12/2025 jam 09.30",
        "Los 1-120 terendam 2 hari",
        "Pengaduan ADU-202512-0001 belum dijawab",
        "Dua tahun (2024-2025) kios kosong",
        "Harga naik dari 8.000 ke 12.500",
        "Lantai 2, kios 45-46, blok C",
        "bertemu at kantor pasar",
        "kirim surat ke kantor",
        "email tidak dibalas",
        "Rp 1.250.000 per bulan dibayar 3x",
    ])
    func leavesOrdinaryNumbersAndWordsAlone(text: String) {
        #expect(scrubber.scrub(text).text == text)
        #expect(scrubber.scrub(text).counts.total == 0)
    }

    @Test func countsWhatItRemoved() {
        let counts = scrubber.scrub("0812-3456-7890 atau 0857 1111 2222, a@b.id, 3201010101010003").counts
        #expect(counts.phoneNumbers == 2 && counts.emailAddresses == 1 && counts.nikNumbers == 1 && counts.total == 4)
    }
}
