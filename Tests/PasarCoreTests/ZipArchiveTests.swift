import Testing
@testable import PasarCore

@Suite struct ZipArchiveTests {
    @Test func crc32MatchesTheCheckValue() {
        // The standard check value of CRC-32/ISO-HDLC for "123456789".
        #expect(ZipArchive.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(ZipArchive.crc32([]) == 0)
    }

    @Test func theArchiveIsLaidOutAsTheZipFormatSays() throws {
        let modified = try Timestamp.parse("2026-11-20T16:04:56+07:00").get()
        let zip = ZipArchive.stored([("data/a.csv", Array("x,y\n1,2\n".utf8))], modified: modified)
        #expect(Array(zip.prefix(4)) == [0x50, 0x4b, 0x03, 0x04])
        #expect(Array(zip.suffix(22).prefix(4)) == [0x50, 0x4b, 0x05, 0x06])
        let expectedSize = 30 + 10 + 8 + 46 + 10 + 22  // local header, name, data, central entry, name, end record
        #expect(zip.count == expectedSize)
        #expect(ZipArchive.stored([("data/a.csv", Array("x,y\n1,2\n".utf8))], modified: modified) == zip)
        // 16:04:56 → 16 << 11 | 4 << 5 | 28; 2026-11-20 → 46 << 9 | 11 << 5 | 20.
        let time: UInt16 = 16 << 11 | 4 << 5 | 28
        let date: UInt16 = 46 << 9 | 11 << 5 | 20
        let stamp = ZipArchive.dosDateTime(modified)
        #expect(stamp.0 == time)
        #expect(stamp.1 == date)
    }
}
