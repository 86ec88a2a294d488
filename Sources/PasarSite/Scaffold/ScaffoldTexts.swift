import PasarCore

/// The texts of a new site, in Indonesian with English notes, for officers to complete.
extension SiteScaffold {
    static func siteConfig(_ office: Office) -> String {
        """
        # Pengaturan situs Pasar Terbuka / Pasar Terbuka site settings (docs/content.md).
        # Ganti teks contoh di bawah, lalu jalankan: pasar check && pasar build
        # Replace the sample texts below, then run: pasar check && pasar build
        title: Pasar Terbuka \(office.regency)
        regency: \(office.regency)
        office:
          name: \(office.officeName)
          short_name: \(office.officeShortName)
          # address: Jl. …
          # phone: "(0000) 000-000"
          # email: pengaduan@…
        # Basis data pengaduan (SQLite): isi dengan `pasar import FILE.csv`.
        database: database/pengaduan.sqlite
        output: public
        theme: default
        holidays: content/hari-libur.yml
        # Alamat situs saat diterbitkan; perlu untuk feed, sitemap dan katalog data.
        # The address the site is published at; needed for the feed, sitemap and data catalog.
        # base_url: https://pasar.contoh.go.id/
        license:
          name: Creative Commons Atribusi 4.0 Internasional (CC BY 4.0)
          url: https://creativecommons.org/licenses/by/4.0/deed.id
          id: CC-BY-4.0
        ranking:
          min_decided: 10
        how_to_complain: cara-mengadu

        """
    }

    /// The regency standard: a limit for every standard category and the fourteen components as headings.
    static func regencyStandard(_ office: Office, today: CivilDate) -> String {
        let components = ServiceStandardComponent.allCases.map { component in
            "## \(component.name)\n\n(Tuliskan \(component.name.lowercased()) untuk pengaduan pasar di \(office.regency).)\n"
        }.joined(separator: "\n")
        return """
            ---
            title: Standar Pelayanan Pengaduan Pasar Rakyat \(office.regency)
            last_reviewed: \(today)
            # Waktu tanggap (respond) dan penyelesaian (resolve) per kategori; satuan jam, hari, hari kerja.
            # Untuk mengubah batas waktu kelak, tambahkan versi baru dengan tanggal berlakunya (docs/content.md).
            response_standard:
              default: {respond: 1 hari kerja, resolve: 14 hari kerja}
              fasilitas: {respond: 1 hari kerja, resolve: 14 hari kerja}
              keamanan: {respond: 4 jam, resolve: 2 hari}
              kebersihan: {respond: 1 hari kerja, resolve: 3 hari kerja}
              parkir: {respond: 1 hari kerja, resolve: 5 hari kerja}
              retribusi: {respond: 1 hari kerja, resolve: 10 hari kerja}
              kenyamanan: {respond: 2 hari kerja, resolve: 10 hari kerja}
              lainnya: {respond: 2 hari kerja, resolve: 14 hari kerja}
            ---

            Standar ini berlaku di semua pasar rakyat \(office.regency), kecuali bila standar pasar yang
            bersangkutan menetapkan lain. Lengkapi setiap bagian di bawah (PermenPANRB 15/2014).

            \(components)
            """
    }

    /// A market's document: the regency's limits apply until it sets its own.
    static func marketStandard(name: String, today: CivilDate) -> String {
        let components = ServiceStandardComponent.allCases.map { component in
            "## \(component.name)\n\n(Tuliskan \(component.name.lowercased()) di \(name), atau hapus bagian ini dan sebutkan di not_applicable.)\n"
        }.joined(separator: "\n")
        return """
            ---
            title: \(quoted("Standar Pelayanan " + name))
            last_reviewed: \(today)
            # Kosong: batas waktu kabupaten berlaku. Tulis batas sendiri bila berbeda, mis.
            # Empty: the regency's limits apply. Set the market's own where they differ, e.g.
            #   parkir: {resolve: 3 hari kerja}
            response_standard: {}
            # Komponen yang tidak berlaku di pasar ini, dengan alasannya / components that do not apply:
            # not_applicable:
            #   biaya: Pengaduan tidak dipungut biaya.
            ---

            Standar pelayanan pengaduan \(name). Hal yang tidak diatur di sini mengikuti standar kabupaten.

            \(components)
            """
    }

    static func howToComplain(_ office: Office) -> String {
        """
        ---
        title: Cara Mengadu
        menu: 2
        description: Saluran pengaduan pasar dan apa yang terjadi setelah Anda mengadu.
        ---

        Anda dapat menyampaikan pengaduan tentang fasilitas, keamanan, kebersihan, parkir, retribusi,
        atau kenyamanan berdagang di pasar rakyat \(office.regency) melalui:

        | Saluran | Alamat |
        |---|---|
        | Loket pengaduan | Kantor pengelola di setiap pasar |
        | SP4N-LAPOR! | lapor.go.id |

        (Lengkapi dengan telepon, WhatsApp dan alamat surat \(office.officeShortName).)

        """
    }

    static func about(_ office: Office) -> String {
        """
        ---
        title: Tentang
        menu: 3
        description: Tentang portal kinerja penanganan pengaduan pasar ini.
        ---

        Portal ini menerbitkan kinerja penanganan pengaduan pasar rakyat \(office.regency), dihitung dari
        basis data pengaduan \(office.officeShortName). Angkanya diperbarui setiap kali data diperbarui.

        """
    }

    /// A YAML scalar: as written when plain text reads the same, else in double quotes (a title
    /// with ':' or '#', or one starting with a YAML symbol, stays one value).
    static func quoted(_ text: String) -> String {
        let plain = text.allSatisfy { $0.isLetter || $0.isNumber || " .,()-/'–".contains($0) }
            && text.first.map { $0.isLetter || $0.isNumber } == true && !text.hasSuffix(" ")
        if plain { return text }
        let line = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        return "\"" + line.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// An activity to complete: the keys an officer fills in, the optional ones commented out.
    static func activity(title: String, date: CivilDate, time: String?, place: String?, markets: [String]) -> String {
        """
        ---
        title: \(quoted(title))
        date: \(date)                # hari kegiatan (WIB) / the day
        # until: \(date)             # hari terakhir bila lebih dari sehari / last day if several
        \(time.map { "time: \(quoted($0))" } ?? "# time: 09.00-12.00")          # WIB; tanpa time: sehari penuh / whole day without it
        place: \(quoted(place ?? "Tulis tempat kegiatan"))
        \(markets.isEmpty ? "# markets: [pasar-id]        # tanpa markets: seluruh kabupaten / the whole regency" : "markets: [\(markets.joined(separator: ", "))]")
        # topic: Pembukuan
        # audience: Pedagang kios dan los
        # registration: Daftar di kantor pengelola pasar. Gratis.
        # description: Satu kalimat untuk daftar dan kalender.
        # Bila jadwal berubah atau batal (jangan hapus berkasnya) / if it changes or is cancelled (keep the file):
        # changed: Dipindah dari ...
        # cancelled: Ditunda karena ...
        ---

        Tuliskan isi kegiatan di sini: apa yang dipelajari, apa yang perlu dibawa.

        """
    }

    /// An announcement to complete.
    static func announcement(title: String, date: CivilDate, expires: CivilDate?) -> String {
        """
        ---
        title: \(quoted(title))
        date: \(date)
        \(expires.map { "expires: \($0)" } ?? "# expires: \(date.adding(days: 30))   # hari terakhir tampil di beranda / last day on the home page")
        # markets: [pasar-id]
        # description: Satu kalimat untuk daftar dan feed.
        ---

        Tuliskan isi pengumuman di sini.

        """
    }
}
