import Foundation
import Synchronization

/// Time spent in each stage of a build, summed over the threads that worked in it, for `pasar bench`.
/// Stages that run at once on different cores each count their own time.
public final class StageClock: Sendable {
    /// The stages of a build, in pipeline order.
    public enum Stage: String, CaseIterable, Sendable {
        /// Content and settings, the database's reference tables, and reading complaint rows.
        case load
        /// Judging each complaint once: its record, standard, deadline and state.
        case evaluate
        /// Grouping: every figure of every market, category and month, today and for frozen editions.
        case aggregate
        /// Page contexts, templates, tables and the ZIP's compression.
        case render
        /// Writing files into the staging folder and swapping it into place.
        case write
    }

    private let seconds = Mutex([Stage: Double]())

    public init() {}

    /// Runs `body`, adding its duration to `stage`.
    public func time<T, E: Error>(_ stage: Stage, _ body: () throws(E) -> T) throws(E) -> T {
        let start = ContinuousClock.now
        defer { add(stage, since: start) }
        return try body()
    }

    func add(_ stage: Stage, since start: ContinuousClock.Instant) {
        let elapsed = (ContinuousClock.now - start).components
        let value = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        seconds.withLock { $0[stage, default: 0] += value }
    }

    public var totals: [Stage: Double] { seconds.withLock { $0 } }
}

extension Optional where Wrapped == StageClock {
    /// Times `body` when there is a clock.
    func time<T, E: Error>(_ stage: StageClock.Stage, _ body: () throws(E) -> T) throws(E) -> T {
        guard let clock = self else { return try body() }
        return try clock.time(stage, body)
    }
}
