import Testing
@testable import PasarCore

@Suite struct ServiceStandardComponentTests {
    @Test func headingsAreMatchedWhateverTheirWordingOrCase() {
        let headings = [
            "PERSYARATAN", "Alur dan Prosedur", "Jangka Waktu Penyelesaian", "Biaya / Tarif", "Produk Layanan",
            "Penanganan Pengaduan, Saran dan Masukan", "Dasar hukum", "Sarana dan Prasarana", "Kompetensi Petugas",
            "Pengawasan Internal", "Jumlah Petugas", "Jaminan Pelayanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
            "Evaluasi Kinerja",
        ]
        #expect(ServiceStandardComponent.missing(headings: headings, notApplicable: []).isEmpty)
    }

    @Test func reportsMissingComponentsInRegulationOrderUnlessMarkedNotApplicable() {
        let headings = ["Persyaratan", "Prosedur", "Jaminan Keamanan dan Keselamatan Pelayanan"]
        let missing = ServiceStandardComponent.missing(headings: headings, notApplicable: [.biaya])
        #expect(missing.first == .jangkaWaktu)
        #expect(!missing.contains(.biaya))
        // "Jaminan Keamanan …" must not count as "Jaminan Pelayanan".
        #expect(missing.contains(.jaminanPelayanan))
        #expect(!missing.contains(.jaminanKeamanan))
        #expect(missing.count == 10)
    }
}
