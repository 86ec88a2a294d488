import Dispatch
import Foundation
import PasarCore
import PasarRender
import PasarSources
import Synchronization

/// The one pass over the complaints. One thread steps through the database and decodes rows; another
/// judges each complaint and writes its published row; batches pass between them through a small
/// queue, so reading and judging use both cores.
enum ComplaintPass {
    /// Complaints per batch handed from the reader to the judge.
    static let batchSize = 4096

    /// Runs the pass; `intake` and `files` are used by the judging thread only, and handed back after.
    static func run(_ snapshot: any ComplaintSnapshot, intake: inout ComplaintIntake, files: ComplaintFiles?,
                    duplicates: DuplicateFinder?, clock: StageClock?) throws(PasarError) {
        let channel = BatchChannel(capacity: 3)
        let judge = Judge(intake: intake, files: files, duplicates: duplicates, clock: clock)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            judge.run(channel)
            done.signal()
        }
        var readError: PasarError?
        do {
            let start = ContinuousClock.now
            var waiting = Duration.zero
            try snapshot.forEachComplaint(batchSize: batchSize) { batch throws(PasarError) in
                let before = ContinuousClock.now
                guard channel.send(batch) else { throw PasarError("the complaint pass stopped") }
                waiting += ContinuousClock.now - before
            }
            if let clock { clock.add(.load, since: start + waiting) }
        } catch {
            readError = error
        }
        channel.close()
        done.wait()
        if let error = judge.error { throw error }
        if let readError { throw readError }
        intake = judge.intake
    }

    /// The judging side: owned by its thread while the pass runs, read by the caller after it ends.
    final class Judge: @unchecked Sendable {
        var intake: ComplaintIntake
        let files: ComplaintFiles?
        let duplicates: DuplicateFinder?
        let clock: StageClock?
        var error: PasarError?

        init(intake: ComplaintIntake, files: ComplaintFiles?, duplicates: DuplicateFinder?, clock: StageClock?) {
            self.intake = intake
            self.files = files
            self.duplicates = duplicates
            self.clock = clock
        }

        func run(_ channel: BatchChannel) {
            var evaluations: [ComplaintEvaluation] = []
            while let batch = channel.receive() {
                guard error == nil else { continue }  // keep draining so the reader never waits forever
                evaluations.removeAll(keepingCapacity: true)
                clock.time(.evaluate) {
                    for complaint in batch {
                        duplicates?.add(complaint)
                        if let evaluation = intake.add(complaint) { evaluations.append(evaluation) }
                    }
                }
                guard let files else { continue }
                do {
                    try clock.time(.write) { () throws(PasarError) in
                        for evaluation in evaluations { try files.write(evaluation) }
                    }
                } catch let failure {
                    error = failure
                    channel.stop()
                }
            }
        }
    }
}

/// A small bounded queue of complaint batches between the reading and the judging thread.
final class BatchChannel: @unchecked Sendable {
    private let slots: DispatchSemaphore
    private let items = DispatchSemaphore(value: 0)
    private let state = Mutex((batches: [[Complaint]](), closed: false, stopped: false))

    init(capacity: Int) { slots = DispatchSemaphore(value: capacity) }

    /// Waits for room, then queues `batch`; false when the judging side has stopped.
    func send(_ batch: [Complaint]) -> Bool {
        slots.wait()
        let accepted = state.withLock { state -> Bool in
            guard !state.stopped else { return false }
            state.batches.append(batch)
            return true
        }
        items.signal()
        return accepted
    }

    /// The next batch, or nil once the channel is closed and empty.
    func receive() -> [Complaint]? {
        items.wait()
        let batch = state.withLock { state -> [Complaint]? in state.batches.isEmpty ? nil : state.batches.removeFirst() }
        if batch != nil { slots.signal() } else { items.signal() }  // let a later receive see the end too
        return batch
    }

    func close() {
        state.withLock { $0.closed = true }
        items.signal()
    }

    /// Refuses further batches (the judging side failed).
    func stop() { state.withLock { $0.stopped = true } }
}
