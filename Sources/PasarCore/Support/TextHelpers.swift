extension StringProtocol {
    /// The text without leading and trailing characters from `set`.
    public func trimming(_ set: String) -> SubSequence {
        var s = self[...]
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return s
    }
}

extension Result {
    /// The success value, or nil for a failure.
    public var value: Success? { try? get() }
}

/// `value` in decimal with leading zeros up to `width` digits (e.g. 7 → "0007").
public func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
