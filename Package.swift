// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "nnsweep",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nnsweep", targets: ["nnsweep"]),
        .library(name: "NNEngine", targets: ["NNEngine"]),
        .library(
            name: "NNSweepKit",
            targets: ["NNPlan", "NNStatistics", "NNSweepRunner", "NNCompare", "NNFigures", "NNCluster", "NNProgram"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3")
    ],
    targets: [
        // OpenBLAS through its C interface (Debian: libopenblas-dev).
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS", providers: [.apt(["libopenblas-dev"])]),
        // Element-wise optimizer kernels in C, vectorized by the C compiler. No compiler flags: what
        // the kernels need (no fused multiply-adds, vectorized loops) is said in nn_kernels.c.
        .target(name: "CKernels"),
        // Starting a program cell: posix_spawn with a working directory and a process group.
        .target(name: "CProcess"),
        // Any training program as the engine of a cell: its parameters, its command line, its
        // metrics, and running it in its own process group with limits. Knows nothing of run
        // files, sweeps or tables.
        .target(name: "NNProgram", dependencies: ["CProcess"]),
        // The training engine: tensors, layers, losses, initializers, optimizers, schedulers,
        // the training loop and safetensors encoding. No files, no YAML, no command line.
        .target(name: "NNEngine", dependencies: ["CBLAS", "CKernels"]),
        // Data sets: built-in ones (real data with attribution), synthetic generators, CSV tables.
        .target(name: "NNData", dependencies: ["NNEngine"], resources: [.copy("Resources")]),
        // The run file and the plan: YAML in, a typed plan of cells out (settings, ids, seeds, the
        // tuning protocol, the option reference). Knows nothing of results folders or figures.
        .target(
            name: "NNPlan",
            dependencies: [
                "NNEngine", "NNData", "NNProgram", .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto")
            ]),
        // Statistics: pure functions over numbers (t tests, Holm, intervals, ANOVA). No files.
        .target(name: "NNStatistics", dependencies: ["NNEngine"]),
        // The sweep: running cells, their records and training states, the results folder and
        // its tables, tuning and halving, collecting shards. Draws no figures.
        .target(name: "NNSweepRunner", dependencies: ["NNPlan", "NNStatistics", "NNEngine", "NNData"]),
        // Comparison: pure functions over tables (matching cells, the paired tests and the gate's
        // verdict, rankings, the terminal summary). Writes no figures.
        .target(name: "NNCompare", dependencies: ["NNSweepRunner", "NNPlan", "NNStatistics", "NNEngine"]),
        // Figures and pages: figure models from the tables, gnuplot, report.html, compare's page.
        .target(
            name: "NNFigures", dependencies: ["NNCompare", "NNSweepRunner", "NNPlan", "NNStatistics", "NNEngine"]),
        // Cluster back ends: Slurm job arrays over shards, and their collect step.
        .target(name: "NNCluster", dependencies: ["NNFigures", "NNSweepRunner", "NNPlan"]),
        // The command-line tool: a thin layer over NNSweepKit.
        .executableTarget(
            name: "nnsweep",
            dependencies: [
                "NNCluster", "NNFigures", "NNCompare", "NNSweepRunner", "NNStatistics", "NNPlan", "NNProgram",
                "NNEngine", "NNData", .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]),
        .testTarget(name: "NNProgramTests", dependencies: ["NNProgram"]),
        .testTarget(name: "NNEngineTests", dependencies: ["NNEngine", "NNData"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "NNSweepKitTests",
            dependencies: [
                "NNCluster", "NNFigures", "NNCompare", "NNSweepRunner", "NNStatistics", "NNPlan", "NNEngine", "NNData",
                "nnsweep"
            ],
            resources: [.copy("Fixtures")])
    ],
    swiftLanguageModes: [.v6]
)
