import Dispatch
import Foundation
import PasarCore
import PasarRender
import PasarSources
import Synchronization

/// The one pass over the complaints, in three stages on their own threads so that they share the
/// cores: the reader steps through the database and decodes rows; the judge judges each complaint
/// once and keeps its compact facts; the writer writes each published row. Batches pass between
/// them through small bounded queues, so at most a few thousand complaints are in memory at once.
enum ComplaintPass {
    /// Complaints per batch.
    static let batchSize = 4096

    /// Runs the pass; `intake` is used by the judging thread only and handed back after.
    static func run(_ snapshot: any ComplaintSnapshot, intake: inout ComplaintIntake, files: ComplaintFiles?, tracking: TrackingFiles? = nil,
                    duplicates: DuplicateFinder?, clock: StageClock?) throws(PasarError) {
        let read = Channel<[Complaint]>(capacity: 3)
        let judged = Channel<[Judged]>(capacity: 3)
        let judge = Judge(intake: intake, duplicates: duplicates, clock: clock, publishing: files != nil)
        let writer = Writer(files: files, tracking: tracking, clock: clock)
        let done = DispatchGroup()
        done.enter()
        Thread.detachNewThread {
            judge.run(read, output: judged)
            judged.close()
            done.leave()
        }
        done.enter()
        Thread.detachNewThread {
            writer.run(judged, upstream: read)
            done.leave()
        }
        var readError: PasarError?
        do {
            let start = ContinuousClock.now
            var waiting = Duration.zero
            try snapshot.forEachComplaint(batchSize: batchSize) { batch throws(PasarError) in
                let before = ContinuousClock.now
                guard read.send(batch) else { throw PasarError("the complaint pass stopped") }
                waiting += ContinuousClock.now - before
            }
            clock?.add(.load, since: start + waiting)
        } catch {
            readError = error
        }
        read.close()
        done.wait()
        if let error = writer.error { throw error }
        if let readError { throw readError }
        intake = judge.intake
    }

    /// A complaint judged, with its summary already scrubbed for publication and, when it may be
    /// looked up, its tracked facts.
    struct Judged: Sendable {
        let evaluation: ComplaintEvaluation
        let summary: ComplaintFiles.PublicSummary
        let tracked: TrackedComplaint?
    }

    /// The judging stage: owned by its thread while the pass runs, read by the caller after it ends.
    /// It also scrubs the summaries: judging takes less time than writing, and the pass goes at the
    /// pace of its slowest stage.
    final class Judge: @unchecked Sendable {
        var intake: ComplaintIntake
        let duplicates: DuplicateFinder?
        let clock: StageClock?
        /// False when nothing is published (a check): evaluations need not be handed on.
        let publishing: Bool

        init(intake: ComplaintIntake, duplicates: DuplicateFinder?, clock: StageClock?, publishing: Bool) {
            self.intake = intake
            self.duplicates = duplicates
            self.clock = clock
            self.publishing = publishing
        }

        func run(_ input: Channel<[Complaint]>, output: Channel<[Judged]>) {
            let scrubber = SummaryScrubber()
            while let batch = input.receive() {
                var evaluations: [Judged] = []
                evaluations.reserveCapacity(batch.count)
                clock.time(.evaluate) {
                    for complaint in batch {
                        duplicates?.add(complaint)
                        if let evaluation = intake.add(complaint), publishing {
                            let summary = ComplaintFiles.PublicSummary(of: complaint, scrubber: scrubber)
                            let evaluator = intake.evaluator
                            let standard = evaluation.facts.received.flatMap {
                                evaluator.standard(market: evaluation.facts.market, category: evaluation.facts.category, on: $0.wibDate)
                            }
                            let tracked = TrackedComplaint(evaluation, summary: summary.text, standard: standard, calendar: evaluator.calendar)
                            evaluations.append(Judged(evaluation: evaluation, summary: summary, tracked: tracked))
                        }
                    }
                }
                // When the writer has stopped, keep judging: the figures are still wanted, the rows not.
                if publishing { _ = output.send(evaluations) }
            }
        }
    }

    /// The writing stage: the complaint-level files, row by row.
    final class Writer: @unchecked Sendable {
        let files: ComplaintFiles?
        let tracking: TrackingFiles?
        let clock: StageClock?
        var error: PasarError?

        init(files: ComplaintFiles?, tracking: TrackingFiles?, clock: StageClock?) {
            self.files = files
            self.tracking = tracking
            self.clock = clock
        }

        func run(_ input: Channel<[Judged]>, upstream: Channel<[Complaint]>) {
            while let batch = input.receive() {
                guard error == nil, let files else { continue }  // keep draining so no stage waits forever
                do {
                    try clock.time(.write) { () throws(PasarError) in
                        for judged in batch {
                            try files.write(judged.evaluation, summary: judged.summary)
                            if let tracked = judged.tracked { try tracking?.add(tracked) }
                        }
                    }
                } catch let failure {
                    error = failure
                    upstream.stop()
                    input.stop()
                }
            }
        }
    }
}

/// A small bounded queue between two stages of the pass.
final class Channel<Element: Sendable>: @unchecked Sendable {
    private let slots: DispatchSemaphore
    private let items = DispatchSemaphore(value: 0)
    private let state = Mutex((queue: [Element](), stopped: false))

    init(capacity: Int) { slots = DispatchSemaphore(value: capacity) }

    /// Waits for room, then queues `element`; false when the receiving side has stopped.
    func send(_ element: Element) -> Bool {
        slots.wait()
        let accepted = state.withLock { state -> Bool in
            guard !state.stopped else { return false }
            state.queue.append(element)
            return true
        }
        if accepted { items.signal() } else { slots.signal() }
        return accepted
    }

    /// The next element, or nil once the channel is closed and empty.
    func receive() -> Element? {
        items.wait()
        let element = state.withLock { state -> Element? in state.queue.isEmpty ? nil : state.queue.removeFirst() }
        if element != nil { slots.signal() } else { items.signal() }  // let a later receive see the end too
        return element
    }

    /// No more elements will be sent.
    func close() { items.signal() }

    /// Refuses further elements (the receiving side failed); what is queued is still received.
    func stop() { state.withLock { $0.stopped = true } }
}
