/// A regional market (pasar rakyat) managed by the office.
public struct Market: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    /// Kecamatan (district) the market is in.
    public var district: String
    public var address: String

    public init(id: String, name: String, district: String, address: String) {
        self.id = id
        self.name = name
        self.district = district
        self.address = address
    }
}

/// What a complaint is about: fasilitas, keamanan, kebersihan, parkir, retribusi, kenyamanan, lainnya.
public struct ComplaintCategory: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
