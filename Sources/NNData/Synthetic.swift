import Foundation
import NNEngine

/// Seeded synthetic data sets for quick experiments.
public enum Synthetic {
    public static let names = ["spirals", "moons", "circles", "xor", "blobs", "blobs3", "sine"]

    /// - spirals: `classes` interleaved arms in 2-D
    /// - moons: two interleaving half circles
    /// - circles: a small circle inside a large one (factor 0.5)
    /// - xor: uniform points in [-1, 1]², label = sign(x) ≠ sign(y)
    /// - blobs: `classes` Gaussian clusters with centres on a circle of radius 3
    /// - blobs3: `classes` Gaussian clusters in 3-D (standard deviation `noise` per coordinate),
    ///   centres (cos a, sin a, cos a) for a = 2πc / classes
    /// - sine: y = sin(x) + noise for x in [-π, π] (regression)
    /// `noise` is the standard deviation of Gaussian noise added to the coordinates (or to y).
    public static func make(_ name: String, samples n: Int, noise: Double, classes: Int = 2, seed: UInt64) -> Dataset? {
        var r = RandomSource(seed: seed).derived("synthetic.\(name)")
        var f: [Float] = []
        var t: [Float] = []
        f.reserveCapacity(3 * n)
        t.reserveCapacity(n)
        func add(_ x: Double, _ y: Double, _ label: Int) {
            f.append(Float(x + noise * r.nextNormal()))
            f.append(Float(y + noise * r.nextNormal()))
            t.append(Float(label))
        }
        switch name {
        case "spirals":
            for i in 0..<n {
                let c = i % classes
                let s = r.nextDouble()
                let radius = s
                let angle = 4 * s + 2 * Double.pi * Double(c) / Double(classes)
                add(radius * cos(angle), radius * sin(angle), c)
            }
            return Dataset(
                features: f, targets: t, featureCount: 2, featureNames: ["x", "y"], task: .classification,
                classes: classes)
        case "moons":
            for i in 0..<n {
                let c = i % 2
                let a = Double.pi * r.nextDouble()
                if c == 0 { add(cos(a), sin(a), 0) } else { add(1 - cos(a), 0.5 - sin(a), 1) }
            }
            return Dataset(
                features: f, targets: t, featureCount: 2, featureNames: ["x", "y"], task: .classification, classes: 2)
        case "circles":
            for i in 0..<n {
                let c = i % 2
                let a = 2 * Double.pi * r.nextDouble()
                let rad = c == 0 ? 1.0 : 0.5
                add(rad * cos(a), rad * sin(a), c)
            }
            return Dataset(
                features: f, targets: t, featureCount: 2, featureNames: ["x", "y"], task: .classification, classes: 2)
        case "xor":
            for _ in 0..<n {
                let x = 2 * r.nextDouble() - 1
                let y = 2 * r.nextDouble() - 1
                add(x, y, (x > 0) != (y > 0) ? 1 : 0)
            }
            return Dataset(
                features: f, targets: t, featureCount: 2, featureNames: ["x", "y"], task: .classification, classes: 2)
        case "blobs":
            for i in 0..<n {
                let c = i % classes
                let a = 2 * Double.pi * Double(c) / Double(classes)
                add(3 * cos(a) + r.nextNormal(), 3 * sin(a) + r.nextNormal(), c)
            }
            return Dataset(
                features: f, targets: t, featureCount: 2, featureNames: ["x", "y"], task: .classification,
                classes: classes)
        case "blobs3":
            for i in 0..<n {
                let c = i % classes
                let a = 2 * Double.pi * Double(c) / Double(classes)
                for centre in [cos(a), sin(a), cos(a)] { f.append(Float(centre + noise * r.nextNormal())) }
                t.append(Float(c))
            }
            return Dataset(
                features: f, targets: t, featureCount: 3, featureNames: ["x", "y", "z"], task: .classification,
                classes: classes)
        case "sine":
            for _ in 0..<n {
                let x = Double.pi * (2 * r.nextDouble() - 1)
                f.append(Float(x))
                t.append(Float(sin(x) + noise * r.nextNormal()))
            }
            return Dataset(features: f, targets: t, featureCount: 1, featureNames: ["x"], task: .regression)
        default:
            return nil
        }
    }
}
