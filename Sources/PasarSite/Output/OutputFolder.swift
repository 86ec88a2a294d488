import Foundation
import Glibc
import PasarCore
import PasarRender

/// The output folder. A build writes the new site into a staging folder beside it and swaps it in
/// only when every file was written, so a failed build leaves the previous site as it was. A folder
/// that pasar did not make is never replaced.
public struct OutputFolder: Sendable {
    public let url: URL
    /// Marks a folder as made by pasar and holds its manifest; a folder without it is never deleted.
    public static let markerName = ".pasar-output"

    public init(url: URL) { self.url = url.standardizedFileURL }

    var markerURL: URL { url.appending(path: OutputFolder.markerName) }
    var parent: URL { url.deletingLastPathComponent() }
    var stagingURL: URL { parent.appending(path: ".\(url.lastPathComponent).pasar-new", directoryHint: .isDirectory) }
    var previousURL: URL { parent.appending(path: ".\(url.lastPathComponent).pasar-old", directoryHint: .isDirectory) }

    /// Fails unless the folder is absent, empty, or was made by pasar.
    public func checkReplaceable() throws(PasarError) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw PasarError("the output path is a file, not a folder", at: .file(url.path), hint: "choose another --out")
        }
        let contents = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
        guard contents.isEmpty || contents.contains(OutputFolder.markerName) else {
            throw PasarError("the output folder was not made by pasar, so it will not be replaced", at: .file(url.path),
                             hint: "choose an empty or new folder with --out, or remove this one yourself")
        }
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

    /// A fresh staging folder, with the previous site's manifest to keep unchanged files from.
    func stage() throws(PasarError) -> StagedOutput {
        let fm = FileManager.default
        try? fm.removeItem(at: stagingURL)
        do {
            try fm.createDirectory(at: stagingURL, withIntermediateDirectories: true)
        } catch {
            throw PasarError("cannot create the staging folder: \(error.localizedDescription)", at: .file(stagingURL.path),
                             hint: "check free disk space and permissions; \(url.path) was left as it was")
        }
        return StagedOutput(folder: stagingURL, previous: manifest().map { (url, $0) })
    }

    /// Writes the manifest into the staged site and puts it in place of the old one.
    func commit(_ staged: StagedOutput, fingerprint: BuildFingerprint, report: BuildReport?) throws(PasarError) {
        let fm = FileManager.default
        do {
            try OutputManifest(fingerprint: fingerprint, files: staged.files, report: report).encoded().write(to: staged.folder.appending(path: OutputFolder.markerName))
        } catch {
            discard(staged)
            throw PasarError("cannot write the new site: \(error.localizedDescription)", at: .file(staged.folder.path),
                             hint: "check free disk space and permissions; \(url.path) was left as it was")
        }
        try? fm.removeItem(at: previousURL)
        do {
            if fm.fileExists(atPath: url.path) { try fm.moveItem(at: url, to: previousURL) }
        } catch {
            discard(staged)
            throw PasarError("cannot move the previous site aside: \(error.localizedDescription)", at: .file(url.path))
        }
        do {
            try fm.moveItem(at: staged.folder, to: url)
        } catch {
            try? fm.moveItem(at: previousURL, to: url)
            discard(staged)
            throw PasarError("cannot put the new site in place: \(error.localizedDescription)", at: .file(url.path),
                             hint: "the previous site was restored")
        }
        try? fm.removeItem(at: previousURL)
    }

    /// Removes a staged site that will not be used.
    func discard(_ staged: StagedOutput) {
        try? FileManager.default.removeItem(at: staged.folder)
    }
}
