/// The made-up markets of the sample regency, Kabupaten Sukamaju, with how busy and how quick each is.
struct SampleMarket {
    let id: String
    let name: String
    let district: String
    let address: String
    /// Share of the regency's complaints.
    let weight: Double
    /// Multiplies resolution times: below 1 is quicker than usual.
    let slowness: Double
    /// Category weights in `SampleCategories.ids` order.
    let mix: [Double]
}

enum SampleCategories {
    static let ids = ["fasilitas", "keamanan", "kebersihan", "parkir", "retribusi", "kenyamanan", "lainnya"]
}

enum SampleMarkets {
    //                                                                    fas  kea  keb  par  ret  ken  lai
    static let all: [SampleMarket] = [
        SampleMarket(id: "pasar-induk-sukamaju", name: "Pasar Induk Sukamaju", district: "Sukamaju Kota",
                     address: "Jl. Raya Sukamaju No. 1", weight: 20, slowness: 0.9, mix: [22, 10, 22, 24, 10, 8, 4]),
        SampleMarket(id: "pasar-mekarsari", name: "Pasar Mekarsari", district: "Mekarsari",
                     address: "Jl. Pasar Mekarsari No. 3", weight: 12, slowness: 1.0, mix: [25, 8, 25, 15, 12, 10, 5]),
        SampleMarket(id: "pasar-sumberjaya", name: "Pasar Sumberjaya", district: "Sumberjaya",
                     address: "Jl. Veteran No. 12", weight: 11, slowness: 1.6, mix: [30, 6, 28, 10, 14, 8, 4]),
        SampleMarket(id: "pasar-tirtamulya", name: "Pasar Tirtamulya", district: "Tirtamulya",
                     address: "Jl. Kali Bening No. 7", weight: 9, slowness: 0.8, mix: [20, 12, 30, 12, 10, 11, 5]),
        SampleMarket(id: "pasar-ikan-muara", name: "Pasar Ikan Muara", district: "Pesisir",
                     address: "Jl. Dermaga Muara No. 2", weight: 8, slowness: 1.1, mix: [18, 6, 44, 8, 10, 10, 4]),
        SampleMarket(id: "pasar-kembangan", name: "Pasar Kembangan", district: "Kembangan",
                     address: "Jl. Melati No. 21", weight: 8, slowness: 1.0, mix: [24, 14, 20, 14, 12, 11, 5]),
        SampleMarket(id: "pasar-cikalong", name: "Pasar Cikalong", district: "Cikalong",
                     address: "Jl. Cikalong Wetan No. 5", weight: 7, slowness: 2.2, mix: [32, 8, 24, 10, 12, 10, 4]),
        SampleMarket(id: "pasar-sukasari", name: "Pasar Sukasari", district: "Sukasari",
                     address: "Jl. Sukasari Raya No. 40", weight: 7, slowness: 0.7, mix: [22, 10, 24, 16, 12, 11, 5]),
        SampleMarket(id: "pasar-wanasari", name: "Pasar Wanasari", district: "Wanasari",
                     address: "Jl. Wanasari No. 9", weight: 6, slowness: 1.2, mix: [26, 12, 22, 12, 14, 9, 5]),
        SampleMarket(id: "pasar-baru-timur", name: "Pasar Baru Timur", district: "Sukamaju Timur",
                     address: "Jl. Timur Raya No. 88", weight: 6, slowness: 1.0, mix: [20, 16, 20, 20, 10, 9, 5]),
        SampleMarket(id: "pasar-sindangrasa", name: "Pasar Sindangrasa", district: "Sindangrasa",
                     address: "Jl. Sindangrasa No. 15", weight: 5.7, slowness: 1.3, mix: [24, 10, 24, 10, 16, 11, 5]),
        SampleMarket(id: "pasar-hewan-cipadu", name: "Pasar Hewan Cipadu", district: "Cipadu",
                     address: "Jl. Cipadu No. 1", weight: 0.12, slowness: 1.0, mix: [30, 10, 40, 10, 10, 0, 0]),
    ]
}
