import ArgumentParser

struct Collect: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Rebuild a sweep's tables and plots from its cell records (in progress).")
    @Argument var dir: String
    func run() throws { fail("collect is not built yet") }
}

struct Slurm: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write an sbatch script that runs a sweep as a Slurm job array (in progress).")
    @Argument var file: String
    func run() throws { fail("slurm is not built yet") }
}
