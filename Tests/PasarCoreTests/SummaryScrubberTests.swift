import Testing
@testable import PasarCore

@Suite struct SummaryScrubberTests {
    let scrubber = SummaryScrubber()

    @Test(arguments: [
        ("Hubungi 081234567890 segera.", "Hubungi [nomor telepon] segera."),
        ("WA: 0812-3456-7890", "WA: [nomor telepon]"),
        ("telp +62 812 3456 7890 ya", "telp [nomor telepon] ya"),
        ("kantor (0261) 555-0100", "kantor [nomor telepon]"),
        ("NIK 3201010101010003 milik pelapor", "NIK [NIK] milik pelapor"),
        ("NIK 3201.0101.0101.0003", "NIK [NIK]"),
        ("surel siti.rahayu+pasar@contoh.co.id", "surel [alamat surel]"),
    ])
    func removesIdentifiers(text: String, expected: String) {
        #expect(scrubber.scrub(text).text == expected)
    }

    @Test func leavesOrdinaryNumbersAlone() {
        for text in ["Kios nomor 12 blok B", "Retribusi Rp 5.000 per hari", "Tanggal 24-12-2025 pukul 10.00", "Los 1-120 terendam 2 hari"] {
            #expect(scrubber.scrub(text).text == text)
            #expect(scrubber.scrub(text).counts.total == 0)
        }
    }

    @Test func countsWhatItRemoved() {
        let counts = scrubber.scrub("0812-3456-7890 atau 0857 1111 2222, a@b.id, 3201010101010003").counts
        #expect(counts.phoneNumbers == 2 && counts.emailAddresses == 1 && counts.nikNumbers == 1 && counts.total == 4)
    }
}
