import ArgumentParser

struct Plot: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Draw a sweep's figures with gnuplot (in progress).")
    @Argument var dir: String
    func run() throws { fail("plot is not built yet") }
}
