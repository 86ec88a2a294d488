import CPasarZlib
import PasarCore

/// gzip (RFC 1952) by zlib: the lookup files, which the page's script inflates with the browser's
/// own DecompressionStream. zlib writes a header without a time or name, so the same bytes always
/// give the same file.
enum Gzip {
    static func compress(_ input: [UInt8], level: Int32 = 6) throws(PasarError) -> [UInt8] {
        var stream = z_stream()
        // 15 bits of window, +16 for the gzip wrapper instead of zlib's.
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw PasarError("zlib could not start compressing")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(input.count))))
        var input = input
        let result = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target -> Int32 in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard result == Z_STREAM_END else { throw PasarError("zlib could not compress (\(result))") }
        output.removeLast(Int(stream.avail_out))
        return output
    }
}
