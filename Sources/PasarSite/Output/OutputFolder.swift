import CPasarFiles
import Foundation
import Glibc
import PasarCore
import PasarRender

/// The output folder. A build writes the new site into a staging folder beside it and exchanges the
/// two in one step only when every file was written, so at every instant — even if the build is
/// killed — the output is the complete old site or the complete new one. Builds of the same output
/// take turns (a lock file beside it). A folder that pasar did not make is never replaced or deleted.
public struct OutputFolder: Sendable {
    /// The folder as given; `url` is where it really is when that is a symbolic link.
    public let given: URL
    public let url: URL
    /// Marks a folder as made by pasar and holds its manifest; a folder without it is never deleted.
    public static let markerName = ".pasar-output"
    /// Marks a staging folder while it is being written.
    static let stagingMarkerName = ".pasar-staging"

    /// A symbolic link to a folder is followed: the site is built beside its target and the link is kept.
    public init(url: URL) {
        given = url.standardizedFileURL
        self.url = given.resolvingSymlinksInPath()
    }

    var markerURL: URL { url.appending(path: OutputFolder.markerName) }
    var parent: URL { url.deletingLastPathComponent() }
    var stagingURL: URL { parent.appending(path: ".\(url.lastPathComponent).pasar-new", directoryHint: .isDirectory) }
    /// Where the staging folder is made and marked before it takes its name, so a folder under that
    /// name always carries the marker (a build killed in between leaves only this one, empty).
    var partialStagingURL: URL { parent.appending(path: ".\(url.lastPathComponent).pasar-new-partial", directoryHint: .isDirectory) }
    var previousURL: URL { parent.appending(path: ".\(url.lastPathComponent).pasar-old", directoryHint: .isDirectory) }
    var lockPath: String { parent.appending(path: ".\(url.lastPathComponent).pasar-lock").path }

    /// Waits until no other build is writing this output, then holds it until the lock is released.
    /// `waiting` is called once if another build holds it.
    func lock(waiting: () -> Void) throws(PasarError) -> OutputLock {
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw PasarError("cannot create the lock file beside the output folder: \(String(cString: strerror(errno)))", at: .file(lockPath),
                             hint: "pasar needs to write in the folder that holds the output folder")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    close(descriptor)
                    throw PasarError("cannot lock the output folder: \(String(cString: strerror(errno)))", at: .file(lockPath))
                }
            }
        }
        return OutputLock(descriptor: descriptor)
    }

    /// Fails unless the folder is absent, empty, or was made by pasar. Call with the lock held: it
    /// also puts back a site left aside by a build that was stopped, and clears pasar's leftovers.
    public func checkReplaceable() throws(PasarError) {
        let fm = FileManager.default
        try recover()
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw PasarError("the output path is a file, not a folder", at: .file(given.path), hint: "choose another --out")
        }
        let contents = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
        guard contents.isEmpty || contents.contains(OutputFolder.markerName) else {
            throw PasarError("the output folder was not made by pasar, so it will not be replaced", at: .file(given.path),
                             hint: "choose an empty or new folder with --out, or remove this one yourself")
        }
    }

    /// What an earlier build left when it was stopped: its staging folder (removed), or the previous
    /// site moved aside where a file system cannot exchange folders (put back if the output is
    /// missing, else removed). A folder there without pasar's marker is someone else's: an error.
    func recover() throws(PasarError) {
        let fm = FileManager.default
        // A staging folder killed while being made is empty or holds only the marker.
        if let contents = try? fm.contentsOfDirectory(atPath: partialStagingURL.path) {
            guard contents.allSatisfy({ $0 == OutputFolder.stagingMarkerName }) else {
                throw PasarError("a folder that pasar did not make is in the way", at: .file(partialStagingURL.path),
                                 hint: "pasar uses this name for its staging folder; move or rename that folder")
            }
            try? fm.removeItem(at: partialStagingURL)
        }
        for leftover in [stagingURL, previousURL] where fm.fileExists(atPath: leftover.path) {
            guard isPasars(leftover) else {
                throw PasarError("a folder that pasar did not make is in the way", at: .file(leftover.path),
                                 hint: "pasar uses this name for its staging folder; move or rename that folder")
            }
            if leftover == previousURL, !fm.fileExists(atPath: url.path), fm.fileExists(atPath: leftover.appending(path: OutputFolder.markerName).path) {
                do {
                    try fm.moveItem(at: leftover, to: url)
                } catch {
                    throw PasarError("cannot put the previous site back: \(error.localizedDescription)", at: .file(leftover.path))
                }
            } else {
                OutputFolder.removeMarkedFolder(leftover)
            }
        }
    }

    /// True when `folder` carries pasar's staging or output marker.
    func isPasars(_ folder: URL) -> Bool {
        let fm = FileManager.default
        return fm.fileExists(atPath: folder.appending(path: OutputFolder.markerName).path)
            || fm.fileExists(atPath: folder.appending(path: OutputFolder.stagingMarkerName).path)
    }

    /// The manifest of the site now in the folder; nil when there is none (or an older marker).
    func manifest() -> OutputManifest? { OutputManifest.read(markerURL) }

    /// True when every file the manifest lists is still there with its size.
    func isIntact(_ manifest: OutputManifest) -> Bool {
        let base = url.path + "/"
        for (path, entry) in manifest.files {
            var info = stat()
            guard stat(base + path, &info) == 0, Int(info.st_size) == entry.bytes else { return false }
        }
        return true
    }

    /// A fresh staging folder, marked as pasar's, with the previous site's manifest to keep unchanged files from.
    func stage() throws(PasarError) -> StagedOutput {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: partialStagingURL, withIntermediateDirectories: true)
            try Data("This folder is a pasar build in progress; pasar removes it.\n".utf8)
                .write(to: partialStagingURL.appending(path: OutputFolder.stagingMarkerName))
            guard rename(partialStagingURL.path, stagingURL.path) == 0 else {
                throw PasarError("cannot create the staging folder: \(String(cString: strerror(errno)))", at: .file(stagingURL.path))
            }
        } catch {
            throw PasarError("cannot create the staging folder: \(error.localizedDescription)", at: .file(stagingURL.path),
                             hint: "check free disk space and permissions; \(given.path) was left as it was")
        }
        return StagedOutput(folder: stagingURL, previous: manifest().map { (url, $0) })
    }

    /// Writes the manifest into the staged site and exchanges it with the old one in one step.
    func commit(_ staged: StagedOutput, fingerprint: BuildFingerprint, report: BuildReport?) throws(PasarError) {
        let fm = FileManager.default
        do {
            try OutputManifest(fingerprint: fingerprint, files: staged.files, report: report).encoded()
                .write(to: staged.folder.appending(path: OutputFolder.markerName))
            try fm.removeItem(at: staged.folder.appending(path: OutputFolder.stagingMarkerName))
        } catch {
            discard(staged)
            throw PasarError("cannot write the new site: \(error.localizedDescription)", at: .file(staged.folder.path),
                             hint: "check free disk space and permissions; \(given.path) was left as it was")
        }
        guard fm.fileExists(atPath: url.path) else {
            guard rename(staged.folder.path, url.path) == 0 else {
                let reason = String(cString: strerror(errno))
                discard(staged)
                throw PasarError("cannot put the new site in place: \(reason)", at: .file(given.path))
            }
            return
        }
        if pasar_exchange_paths(staged.folder.path, url.path) == 0 {
            OutputFolder.removeMarkedFolder(staged.folder)  // now the previous site
            return
        }
        // Where the file system cannot exchange: move the old site aside, then the new one in. A build
        // stopped in between leaves the old site aside, and the next build puts it back (`recover`).
        guard rename(url.path, previousURL.path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard(staged)
            throw PasarError("cannot move the previous site aside: \(reason)", at: .file(given.path))
        }
        guard rename(staged.folder.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(previousURL.path, url.path)
            discard(staged)
            throw PasarError("cannot put the new site in place: \(reason)", at: .file(given.path), hint: "the previous site was restored")
        }
        OutputFolder.removeMarkedFolder(previousURL)
    }

    /// Removes a staged site that will not be used.
    func discard(_ staged: StagedOutput) {
        OutputFolder.removeMarkedFolder(staged.folder)
    }

    /// Removes one of pasar's folders with its markers last, so a build killed while removing it
    /// leaves a folder that is still recognisably pasar's (and is removed by the next build).
    static func removeMarkedFolder(_ folder: URL) {
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: folder.path) else { return }
        let markers = [OutputFolder.markerName, OutputFolder.stagingMarkerName]
        for entry in entries where !markers.contains(entry) { try? fm.removeItem(at: folder.appending(path: entry)) }
        try? fm.removeItem(at: folder)
    }
}

/// Holds the output's lock file (flock) until released; the lock also ends when the process does,
/// so a killed build never leaves a stale lock.
final class OutputLock: Sendable {
    private let descriptor: Int32

    init(descriptor: Int32) { self.descriptor = descriptor }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
