import ArgumentParser

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Compare two sweeps (in progress).")
    @Argument var baseline: String
    @Argument var current: String
    func run() throws { fail("compare is not built yet") }
}
