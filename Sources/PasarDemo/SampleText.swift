/// Public summaries and made-up reporter details for the sample complaints.
enum SampleText {
    static let summaries: [String: [String]] = [
        "fasilitas": [
            "Atap los blok B bocor setiap hujan deras.", "Lampu penerangan lorong kios padam sejak seminggu.",
            "Saluran air di depan kios tersumbat dan meluap.", "Toilet umum pasar rusak dan tidak bisa dipakai.",
            "Lantai los daging licin dan retak.", "Pintu rolling kios macet tidak bisa ditutup.",
            "Tangga menuju lantai dua rusak dan berbahaya.", "Keran air bersih di los sayur mati.",
        ],
        "keamanan": [
            "Terjadi pencurian barang dagangan pada malam hari.", "Penjaga malam tidak ada di pos saat jam jaga.",
            "Ada pungutan liar oleh orang tak dikenal di area parkir.", "Sering terjadi copet pada pagi hari.",
            "Gembok kios dirusak orang tidak dikenal.", "CCTV di pintu masuk utama tidak berfungsi.",
        ],
        "kebersihan": [
            "Sampah menumpuk di TPS pasar lebih dari tiga hari.", "Bau menyengat dari saluran limbah los ikan.",
            "Petugas kebersihan tidak menyapu area los buah.", "Genangan air kotor di lorong utama.",
            "Kontainer sampah penuh dan belum diangkut.", "Banyak lalat di area los daging.",
        ],
        "parkir": [
            "Juru parkir menarik tarif melebihi ketentuan.", "Parkir liar menutup akses bongkar muat.",
            "Karcis parkir tidak diberikan kepada pengunjung.", "Area parkir motor tergenang saat hujan.",
            "Kendaraan bongkar muat parkir di jalur pejalan kaki.",
        ],
        "retribusi": [
            "Besaran retribusi harian tidak sesuai perda.", "Karcis retribusi tidak diberikan saat penarikan.",
            "Penarikan retribusi dilakukan dua kali dalam sehari.", "Pedagang pelataran ditarik retribusi kios.",
            "Tidak ada papan informasi tarif retribusi.",
        ],
        "kenyamanan": [
            "Lorong los terlalu sempit karena barang dagangan meluber.", "Suara pengeras suara terlalu keras sepanjang hari.",
            "Udara di los lantai dua panas dan pengap.", "PKL berjualan di pintu masuk sehingga pembeli sulit lewat.",
            "Tidak ada tempat duduk untuk pembeli lanjut usia.",
        ],
        "lainnya": [
            "Pengurus paguyuban meminta iuran tanpa kejelasan.", "Informasi jadwal pelatihan pedagang tidak sampai.",
            "Sengketa batas kios antara dua pedagang.", "Permohonan pindah lokasi los belum dijawab.",
        ],
    ]

    static let firstNames = ["Siti", "Ahmad", "Dewi", "Budi", "Rina", "Agus", "Sri", "Joko", "Yanti", "Hendra", "Nur", "Asep", "Euis", "Dedi", "Lina", "Ujang"]
    static let lastNames = ["Rahayu", "Saputra", "Lestari", "Hidayat", "Wulandari", "Kurniawan", "Suryani", "Permana", "Maulana", "Setiawati"]
}
