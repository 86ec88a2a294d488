import ArgumentParser
import Foundation
import PasarCore
import PasarSite

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure how long each build stage takes on the sample data (use a release build).",
        discussion: "Example: swift run -c release pasar bench --complaints 60000 --runs 5")

    @Option(help: ArgumentHelp("The site folder holding content/ and themes/.", valueName: "DIR"))
    var root: String = "."

    @Option(help: ArgumentHelp("How many sample complaints to generate.", valueName: "N"))
    var complaints: Int = 6000

    @Option(help: ArgumentHelp("How many builds to time.", valueName: "N"))
    var runs: Int = 5

    func run() throws {
        try Report.run { () throws(PasarError) in
            let result = try Benchmark(root: SiteOptions.path(root, directory: true), complaints: complaints, runs: runs).run()
            print("pasar bench: \(result.complaints) complaints, \(result.files) files, \(runs) runs (best / median, ms)")
            var total = (best: 0.0, median: 0.0)
            for stage in Benchmark.stages {
                let s = result.summary(stage)
                total = (total.best + s.best, total.median + s.median)
                print("  \(stage.padding(toLength: 11, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", s.best)) \(String(format: "%8.1f", s.median))")
            }
            print("  \("total".padding(toLength: 11, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", total.best)) \(String(format: "%8.1f", total.median))")
        }
    }
}
