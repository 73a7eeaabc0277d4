// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "nnsweep",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nnsweep", targets: ["nnsweep"]),
        .library(name: "NNEngine", targets: ["NNEngine"]),
        .library(name: "NNSweepKit", targets: ["NNSweepKit"])
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
        // Run files, grids, sweeps, CSV results, plots and comparisons.
        .target(
            name: "NNSweepKit",
            dependencies: [
                "NNEngine", "NNData", .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto")
            ]),
        // The command-line tool: a thin layer over NNSweepKit.
        .executableTarget(
            name: "nnsweep",
            dependencies: [
                "NNSweepKit", "NNEngine", "NNData", .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]),
        .testTarget(name: "NNProgramTests", dependencies: ["NNProgram"]),
        .testTarget(name: "NNEngineTests", dependencies: ["NNEngine", "NNData"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "NNSweepKitTests", dependencies: ["NNSweepKit", "NNEngine", "NNData", "nnsweep"],
            resources: [.copy("Fixtures")])
    ],
    swiftLanguageModes: [.v6]
)
