import CQRencode
import Synchronization

/// A QR code drawn as SVG for the printed notice, encoded by libqrencode (Debian's
/// `libqrencode-dev`). Error correction M (15 % of the code may be soiled or torn), a quiet zone of
/// four modules, and one path of horizontal runs so the file stays small and prints sharp at any size.
struct QRCode: Sendable {
    /// Dark modules, row by row; `size` × `size`.
    let modules: [Bool]
    let size: Int

    /// libqrencode keeps no state between calls when built with pthreads (as Debian builds it); the
    /// lock makes that no assumption, and costs nothing beside a page's rendering.
    private static let encoder = Mutex(())

    /// Nil when the text cannot be encoded (longer than a QR code holds).
    init?(_ text: String) {
        let encoded: (modules: [Bool], size: Int)? = Self.encoder.withLock { _ in
            guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
            defer { QRcode_free(code) }
            let width = Int(code.pointee.width)
            guard width > 0, let data = code.pointee.data else { return nil }
            // Bit 0 of each byte is the module's colour; the other bits say what part of the code it is.
            return ((0..<width * width).map { data[$0] & 1 == 1 }, width)
        }
        guard let encoded else { return nil }
        (modules, size) = encoded
    }

    /// Modules of light margin on every side, as the QR standard asks.
    static let quietZone = 4

    /// The code as an SVG element (decorative to screen readers: the caption beside it says the address).
    var svg: String {
        let side = size + 2 * Self.quietZone
        var path = ""
        for row in 0..<size {
            var column = 0
            while column < size {
                guard modules[row * size + column] else { column += 1; continue }
                var end = column
                while end < size, modules[row * size + end] { end += 1 }
                path += "M\(column + Self.quietZone) \(row + Self.quietZone)h\(end - column)v1h-\(end - column)z"
                column = end
            }
        }
        return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" shape-rendering=\"crispEdges\" aria-hidden=\"true\" focusable=\"false\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}
