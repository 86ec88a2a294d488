import Foundation

/// The reference validators the tests run (installed by `bash .ci/install-test-tools`).
enum ExternalTool {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "\(name) is not installed: run `bash .ci/install-test-tools` first" }
    }

    /// The tool from the checkout's `.tools/venv`, or from the system.
    static func path(_ name: String) throws -> String {
        let candidates = [FixtureSite.repository.appending(path: ".tools/venv/bin/\(name)").path, "/usr/bin/\(name)", "/usr/local/bin/\(name)"]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { throw Missing(name: name) }
        return found
    }

    /// Runs `name` with `arguments` (in `folder`), returning its exit status and combined output.
    static func run(_ name: String, _ arguments: [String], in folder: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(filePath: try path(name))
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
