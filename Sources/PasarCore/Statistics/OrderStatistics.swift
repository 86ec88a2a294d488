extension Summary {
    /// The summary of `values` found by selection rather than sorting (linear time on average), so
    /// every group's percentiles together cost a few passes over the samples. Reorders `values`.
    /// `sum` is the values' total, counted while they were gathered.
    init?(selecting values: UnsafeMutableBufferPointer<UInt32>, sum: Int64) {
        guard !values.isEmpty else { return nil }
        count = values.count
        mean = Fraction(sum, Int64(values.count))
        let n = values.count
        let (lowerMedian, remainderMedian) = Summary.rank(n, percent: 50)
        Summary.select(values, lowerMedian, in: 0..<n)
        median = Summary.interpolate(values, lowerMedian, remainderMedian)
        let (lowerP90, remainderP90) = Summary.rank(n, percent: 90)
        // Everything after the median's position is at least the median, so the 90th lies there.
        if lowerP90 > lowerMedian { Summary.select(values, lowerP90, in: (lowerMedian + 1)..<n) }
        p90 = Summary.interpolate(values, lowerP90, remainderP90)
    }

    /// The position below rank h = (n − 1)·p and 100 × (h − ⌊h⌋), as in `percentile`.
    static func rank(_ n: Int, percent: Int) -> (lower: Int, remainder: Int64) {
        let scaled = (n - 1) * percent
        return (scaled / 100, Int64(scaled % 100))
    }

    /// x[lower] + remainder/100 · (x[lower+1] − x[lower]); x[lower] is in place and every later
    /// element is at least as large, so x[lower+1] is the smallest of them.
    static func interpolate(_ values: UnsafeMutableBufferPointer<UInt32>, _ lower: Int, _ remainder: Int64) -> Fraction {
        let low = Int64(values[lower])
        guard remainder > 0 else { return Fraction(low) }
        var next = UInt32.max
        for index in (lower + 1)..<values.count where values[index] < next { next = values[index] }
        return Fraction(100 * low + remainder * (Int64(next) - low), 100)
    }

    /// Moves the k-th smallest element of `range` to position k, smaller ones before it and larger
    /// ones after (quickselect with a three-way partition, so runs of equal values stay linear).
    static func select(_ values: UnsafeMutableBufferPointer<UInt32>, _ k: Int, in range: Range<Int>) {
        var low = range.lowerBound, high = range.upperBound - 1
        while low < high {
            let a = values[low], b = values[(low + high) / 2], c = values[high]
            let pivot = max(min(a, b), min(max(a, b), c))  // median of three
            var less = low, index = low, greater = high
            while index <= greater {
                let value = values[index]
                if value < pivot {
                    values.swapAt(less, index)
                    less += 1
                    index += 1
                } else if value > pivot {
                    values.swapAt(index, greater)
                    greater -= 1
                } else {
                    index += 1
                }
            }
            if k < less { high = less - 1 } else if k > greater { low = greater + 1 } else { return }
        }
    }
}
