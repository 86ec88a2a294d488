/// A ZIP archive of stored (uncompressed) files, byte-for-byte the same for the same files and date:
/// entries in the given order, one fixed modification time, no extra fields. Enough for a
/// one-click download of the data files, which every unzip tool and spreadsheet reads.
public enum ZipArchive {
    /// The archive bytes for `files` (path inside the archive, contents), all stamped with `modified` (WIB).
    public static func stored(_ files: [(path: String, contents: [UInt8])], modified: Timestamp) -> [UInt8] {
        let (dosTime, dosDate) = dosDateTime(modified)
        var archive: [UInt8] = []
        var central: [UInt8] = []
        for file in files {
            let name = Array(file.path.utf8)
            let crc = crc32(file.contents)
            let size = UInt32(file.contents.count)
            let offset = UInt32(archive.count)
            // Local file header: version 1.0, flag 0x0800 (UTF-8 names), method 0 (stored).
            archive += le32(0x0403_4b50) + le16(10) + le16(0x0800) + le16(0) + le16(dosTime) + le16(dosDate)
                + le32(crc) + le32(size) + le32(size) + le16(UInt16(name.count)) + le16(0) + name
            archive += file.contents
            // Central directory entry: made by Unix (3) v2.0, regular file 0644.
            central += le32(0x0201_4b50) + le16(0x0314) + le16(10) + le16(0x0800) + le16(0) + le16(dosTime) + le16(dosDate)
                + le32(crc) + le32(size) + le32(size) + le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0)
                + le32(0o100644 << 16) + le32(offset) + name
        }
        let centralOffset = UInt32(archive.count)
        archive += central
        archive += le32(0x0605_4b50) + le16(0) + le16(0) + le16(UInt16(files.count)) + le16(UInt16(files.count))
            + le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
        return archive
    }

    /// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as ZIP and gzip use.
    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// MS-DOS time and date fields for a moment in WIB (two-second precision, years from 1980).
    static func dosDateTime(_ t: Timestamp) -> (UInt16, UInt16) {
        let c = t.wibDate.components
        let second = t.seconds + Timestamp.wibOffset - t.wibDate.dayNumber * 86_400
        let time = UInt16(second / 3600) << 11 | UInt16(second % 3600 / 60) << 5 | UInt16(second % 60 / 2)
        let date = UInt16(max(0, c.year - 1980)) << 9 | UInt16(c.month) << 5 | UInt16(c.day)
        return (time, date)
    }

    private static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }
}
